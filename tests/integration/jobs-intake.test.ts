import { afterEach, describe, expect, it } from 'vitest';
import { count, op, snapshot, tryOp } from '../support/core.ts';
import { deviceCondition, intakeOf, pngDataUrl } from '../support/job-samples.ts';
import { closeJobsStores, jobsStore } from '../support/jobs-store.ts';

/** Taking an item in: what is stored, each refusal naming its field with nothing written, and the job numbers. */

afterEach(closeJobsStores);

describe('jobs.intake', () => {
  it('stores the job with its lines, signature, warranty verdict and promise, and audits the money agreed', async () => {
    const s = await jobsStore();
    const job = await s.intake({ condition: deviceCondition('scratches', 'waterIndicator') });
    expect(job).toMatchObject({
      number: 'J2026-000001',
      status: 'received',
      customerId: s.customerId,
      assetId: s.assetId,
      assetKind: 'device',
      fault: 'Screen cracked after a drop',
      findings: '',
      accessories: ['case'],
      depositMinor: 10_000,
      estimateMinor: 45_000,
      // The deposit is agreed, not yet taken as money (the cashier takes it): all of the estimate is owed.
      owedMinor: 45_000,
      // Reception may not read the passcode, but knows there is one.
      passcode: null,
      hasPasscode: true,
      source: { kind: 'customer', ticketId: null, appointmentId: null },
      createdBy: s.reception.id,
      lines: [{ id: 1, kind: 'part', quantity: 1, unitPriceMinor: 45_000, status: 'accepted', warrantyCovered: false }],
      trail: [{ id: 0, event: 'intake', from: null, to: 'received', by: s.reception.id, byName: 'Rita Reception' }],
    });
    expect(job.condition.waterIndicator).toEqual({ state: 'damaged', note: '' });
    // The water-damage indicator excludes the phone from its warranty.
    expect(job.warranty).toMatchObject({ outcome: 'excluded', computed: { outcome: 'excluded', reasons: [{ code: 'waterDamage' }] } });
    // No similar job has been ready yet: the default turnaround (48 hours).
    expect(job.promisedReadyAt).toBe('2026-03-04T01:00:00.000Z');
    expect(job.media).toMatchObject([{ kind: 'signature', mime: 'image/png', conditionKey: null }]);
    const signature = await op(s.core, 'jobs.media', { mediaId: job.media[0]!.id }, s.reception.token);
    expect(signature.dataUrl).toBe(pngDataUrl());
    const audit = s.core.db.prepare("SELECT action, actor_id, entity_id, after_json FROM audit_log WHERE entity = 'job'").all();
    expect(audit).toEqual([
      {
        action: 'job.intake',
        actor_id: s.reception.id,
        entity_id: 'J2026-000001',
        after_json: JSON.stringify({ customerId: s.customerId, assetId: s.assetId, estimateMinor: 45_000, depositMinor: 10_000 }),
      },
    ]);
    // The row records the intake; the trail starts with the first move.
    expect(count(s.core, 'job_events')).toBe(0);
    // It is in the customer's history.
    const history = await op(s.core, 'customers.history', { id: s.customerId, limit: 5 }, s.reception.token);
    expect(history.jobs).toEqual({
      entries: [
        {
          id: job.id,
          number: job.number,
          status: 'received',
          assetId: s.assetId,
          fault: job.fault,
          createdAt: job.createdAt,
          closedAt: null,
        },
      ],
      more: false,
    });
  });

  it('covers lines under warranty, records an override with what the rules said, and shows the passcode to the workshop', async () => {
    const s = await jobsStore();
    const covered = await s.intake({
      lines: [{ kind: 'part', description: 'Screen', quantity: 1, unitPriceMinor: 45_000, warrantyCovered: true }],
    });
    // Bought 2026-01-10, in for repair 2026-03-02: inside the 12 months (and past the 15-day exchange).
    expect(covered.warranty?.outcome).toBe('inWarranty');
    expect(covered).toMatchObject({ estimateMinor: 0, owedMinor: 0 });
    const overridden = await s.intake({
      warranty: { category: 'phone', part: 'handset', override: { outcome: 'outOfWarranty', reason: 'Cracked by a drop' } },
    });
    expect(overridden.warranty).toMatchObject({
      outcome: 'outOfWarranty',
      computed: { outcome: 'inWarranty' },
      override: { staffId: s.reception.id },
    });
    const rows = s.core.db.prepare("SELECT before_json, after_json FROM audit_log WHERE action = 'warranty.override'").all();
    expect(rows).toEqual([
      { before_json: '{"outcome":"inWarranty"}', after_json: '{"outcome":"outOfWarranty","reason":"Cracked by a drop"}' },
    ]);
    for (const [token, seen] of [
      [s.tech.token, '2580'],
      [s.manager.token, '2580'],
      [s.admin.token, '2580'],
      [s.reception.token, null],
    ] as const) {
      expect((await op(s.core, 'jobs.get', { jobId: covered.id }, token)).passcode).toBe(seen);
    }
    // Never in the lists.
    const board = await op(s.core, 'jobs.board', {}, s.admin.token);
    expect(JSON.stringify(board)).not.toContain('2580');
  });

  const REFUSALS: [string, Record<string, unknown>, string][] = [
    ['no signature while required', { signature: null }, 'signature'],
    ['a signature that is a JPEG', { signature: 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD' }, 'signature'],
    [
      'a signature whose bytes are not a PNG',
      { signature: `data:image/png;base64,${Buffer.from('GIF89a not a png').toString('base64')}` },
      'signature',
    ],
    ['a signature over 512 KB', { signature: pngDataUrl(16, 600 * 1024) }, 'signature'],
    ['a condition item left out', { condition: { ...deviceCondition(), screen: undefined } }, 'condition.screen'],
    [
      'a condition item not on the checklist',
      { condition: { ...deviceCondition(), floodDamage: { state: 'ok', note: '' } } },
      'condition.floodDamage',
    ],
    ['no asset while an IMEI is required', { assetId: null }, 'assetId'],
    ['an unknown customer', { customerId: 999 }, 'customerId'],
    ['an unknown ticket as the source', { source: { kind: 'counter', ticketId: 999 } }, 'source.ticketId'],
    ['an unknown appointment as the source', { source: { kind: 'appointment', appointmentId: 999 } }, 'source.appointmentId'],
    [
      'a warranty answer the rules do not ask',
      { warranty: { category: 'phone', part: 'handset', answers: ['spilledCoffee'] } },
      'warranty.answers.0',
    ],
    [
      'a warranty-covered line without a covering verdict',
      { warranty: null, lines: [{ kind: 'part', description: 'Screen', quantity: 1, unitPriceMinor: 100, warrantyCovered: true }] },
      'lines.0.warrantyCovered',
    ],
    ['a promise in the past', { promisedReadyAt: '2026-03-01T00:00:00.000Z' }, 'promisedReadyAt'],
    ['a negative price', { lines: [{ kind: 'part', description: 'Screen', quantity: 1, unitPriceMinor: -1 }] }, 'lines.0.unitPriceMinor'],
    ['a zero quantity', { lines: [{ kind: 'part', description: 'Screen', quantity: 0, unitPriceMinor: 1 }] }, 'lines.0.quantity'],
    ['a negative deposit', { depositMinor: -5 }, 'depositMinor'],
    ['no fault', { fault: '  ' }, 'fault'],
  ];
  for (const [what, change, field] of REFUSALS) {
    it(`refuses ${what}, naming ${field}, writing nothing and using no number`, async () => {
      const s = await jobsStore();
      const before = snapshot(s.core);
      const input = intakeOf(s.customerId, s.assetId, change);
      const result = await tryOp(s.core, 'jobs.intake', input, s.reception.token);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(Object.keys(result.error.fields)).toContain(field);
      expect(snapshot(s.core)).toEqual(before);
      expect((await s.intake()).number).toBe('J2026-000001');
    });
  }

  it('refuses a required field only while the settings require it', async () => {
    const s = await jobsStore();
    await op(s.core, 'jobs.settings.set', { required: { signature: false, conditionCheck: false, identifier: false } }, s.manager.token);
    const job = await s.intake({ signature: null, condition: {}, assetId: null, warranty: null });
    expect(job).toMatchObject({ assetId: null, assetKind: 'none', media: [] });
  });

  it('numbers jobs per year without a gap or a repeat, across refusals and the new year (store time)', async () => {
    const s = await jobsStore();
    // The settings screen shows the next number: it is the one intake then takes, and a refusal takes none.
    const next = () => op(s.core, 'jobs.settings.nextNumber', {}, s.manager.token);
    expect(await next()).toEqual({ year: 2026, seq: 1 });
    expect((await s.intake()).number).toBe('J2026-000001');
    await tryOp(s.core, 'jobs.intake', intakeOf(s.customerId, s.assetId, { signature: null }), s.reception.token);
    expect(await next()).toEqual({ year: 2026, seq: 2 });
    expect((await s.intake()).number).toBe('J2026-000002');
    expect(await tryOp(s.core, 'jobs.settings.nextNumber', {}, s.reception.token)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await op(s.core, 'jobs.settings.set', { numberPrefix: 'R', numberDigits: 4 }, s.admin.token);
    expect((await s.intake()).number).toBe('R2026-0003');
    // 2026-12-31T15:59Z is 23:59 on New Year's Eve in Shanghai; a minute later it is 2027 there.
    s.clock.advance(Date.parse('2026-12-31T15:59:00.000Z') - s.clock.now());
    const tokens = async () => {
      s.reception.token = (await op(s.core, 'auth.signIn', { staffId: s.reception.id, pin: '31313131' })).token;
    };
    await tokens();
    expect((await s.intake({ promisedReadyAt: null })).number).toBe('R2026-0004');
    s.clock.advanceMinutes(1);
    await tokens();
    expect((await s.intake()).number).toBe('R2027-0001');
    const numbers = (s.core.db.prepare('SELECT year, seq FROM jobs ORDER BY id').all() as { year: number; seq: number }[]).map(
      (r) => `${r.year}/${r.seq}`,
    );
    expect(numbers).toEqual(['2026/1', '2026/2', '2026/3', '2026/4', '2027/1']);
    const byNumber = await op(s.core, 'jobs.byNumber', { number: 'r2027-0001' }, s.reception.token);
    expect(byNumber.number).toBe('R2027-0001');
    expect(await tryOp(s.core, 'jobs.byNumber', { number: 'R2027-0002' }, s.reception.token)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', fields: { number: 'is not a job number' } },
    });
  });

  it('takes a photo of the condition, refusing one over 2 MB or not an image, with nothing written', async () => {
    const s = await jobsStore();
    const job = await s.intake();
    const photo = await op(
      s.core,
      'jobs.addPhoto',
      { jobId: job.id, dataUrl: pngDataUrl(64), conditionKey: 'scratches', note: 'left edge' },
      s.tech.token,
    );
    expect(photo).toMatchObject({ kind: 'photo', mime: 'image/png', conditionKey: 'scratches', note: 'left edge', createdBy: s.tech.id });
    const before = snapshot(s.core);
    const bad: [Record<string, unknown>, string][] = [
      [{ dataUrl: pngDataUrl(16, 2 * 1024 * 1024) }, 'dataUrl'],
      // Just over 2 MB: short enough for the contract's length check, refused by the store's byte count.
      [{ dataUrl: pngDataUrl(16, 2 * 1024 * 1024 - 40) }, 'dataUrl'],
      [{ dataUrl: `data:image/jpeg;base64,${Buffer.from('plain text, not a picture').toString('base64')}` }, 'dataUrl'],
      [{ dataUrl: 'data:text/plain;base64,aGVsbG8=' }, 'dataUrl'],
      [{ conditionKey: 'spoiler' }, 'conditionKey'],
      [{ jobId: 999 }, 'jobId'],
    ];
    for (const [change, field] of bad) {
      const result = await tryOp(
        s.core,
        'jobs.addPhoto',
        { jobId: job.id, dataUrl: pngDataUrl(), conditionKey: null, note: '', ...change },
        s.tech.token,
      );
      expect(result.ok, JSON.stringify(change).slice(0, 80)).toBe(false);
      if (!result.ok) expect(Object.keys(result.error.fields)).toEqual([field]);
    }
    expect(snapshot(s.core)).toEqual(before);
  });
});
