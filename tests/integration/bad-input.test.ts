import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOperation, OP_NAMES } from '../../shared/contract/index.ts';
import { ERROR_CODES, HTTP_STATUS, type ErrorCode } from '../../shared/errors.ts';
import { startPrinting, stopPrinting } from '../../electron/core/printing/index.ts';
import type { PdfRenderer } from '../../electron/core/printing/pdf.ts';
import { NoSystemPrinting } from '../../electron/core/printing/system.ts';
import { makeTempDir, removeTempDirs } from '../support/core.ts';
import { api, request, startTestStation, type ApiResponse, type TestStation } from '../support/http.ts';
import { buildSampleWorld, SAMPLES, type SampleWorld } from '../support/samples.ts';
import { anyString, stringMatching } from '../support/matchers.ts';

/**
 * Bad input, property-based: every contract operation is driven over HTTP against the real station
 * with arbitrary JSON, wrong types, missing fields, 1 MB strings, negative and fractional numbers,
 * malformed bodies and unknown names. Every answer is a 2xx the contract's output schema accepts or a
 * 4xx `{ error: { code, message, fields } }` naming the field; a refused call writes nothing; the
 * server keeps answering.
 */

const ONE_MB = 'x'.repeat(1024 * 1024);
/** Stands for the 1 MB string in generated cases, so a failure report stays readable. */
const ONE_MB_MARK = '<1 MB of x>';
/** Errors that mean "your request was refused before anything ran": these must write nothing at all. */
const INPUT_ERRORS: ErrorCode[] = ['VALIDATION', 'BAD_JSON', 'UNKNOWN_OPERATION', 'PAYLOAD_TOO_LARGE'];

const PDF_STAND_IN: PdfRenderer = { render: () => Promise.resolve(Buffer.from('%PDF-stand-in')), close: () => Promise.resolve() };

let s: TestStation;
let w: SampleWorld;
let cwd: string;

beforeAll(async () => {
  s = await startTestStation();
  // Printing ports without a worker: PDFs come from a stand-in (no Chromium), the system printer list
  // says there is none (no CUPS), and nothing sends the sample world's print jobs while fuzzing runs.
  await startPrinting(s.core, { pdf: PDF_STAND_IN, system: new NoSystemPrinting() }).worker.stop();
  w = await buildSampleWorld(s.core);
  // backup.create takes any folder name; keep the relative ones fuzzing invents out of the repository.
  cwd = process.cwd();
  process.chdir(makeTempDir('frontdesk-fuzz-cwd-'));
});
afterAll(async () => {
  process.chdir(cwd);
  await stopPrinting(s.core);
  await s?.close();
  removeTempDirs();
});

const totalChanges = () => (s.core.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

/**
 * When each session was last seen: any call by a signed-in user, a refused one too, saves that at most
 * once a minute (services/session-activity.ts). That is the user being active, not the call's input
 * being written, so the "wrote nothing" check leaves those rows out.
 */
const sessionActivity = () =>
  new Map(
    (s.core.db.prepare('SELECT token_hash AS hash, last_active_at AS at FROM sessions').all() as { hash: string; at: string }[]).map(
      (r) => [r.hash, r.at],
    ),
  );
const activitySaved = (before: Map<string, string>) => [...sessionActivity()].filter(([hash, at]) => before.get(hash) !== at).length;
const diffCounts = (before: Record<string, number>, after: Record<string, number>) =>
  Object.fromEntries(Object.entries(after).filter(([t, n]) => before[t] !== n));
function rowCounts(): Record<string, number> {
  const tables = (
    s.core.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log'").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  return Object.fromEntries(tables.map((t) => [t, (s.core.db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
}

/**
 * Fuzzed calls may sign the admin out, lock them, demote or deactivate them (once fuzzing has made a
 * second admin), or change their PIN. Put the admin back before each call so every call is judged as
 * an admin's, and note what the harness changed so it is not blamed on the call.
 */
async function keepAdmin(): Promise<void> {
  const row = s.core.db.prepare('SELECT role, active, locked_until FROM staff WHERE id = ?').get(w.adminId) as {
    role: string;
    active: number;
    locked_until: string | null;
  };
  const me = await api(s.url, 'auth.me', {}, w.adminToken);
  if (row.role === 'admin' && row.active === 1 && row.locked_until === null && me.status === 200) return;
  s.core.db.prepare("UPDATE staff SET role = 'admin', active = 1, failed_attempts = 0, locked_until = NULL WHERE id = ?").run(w.adminId);
  if (me.status !== 200 || row.active !== 1) {
    const signIn = await api(s.url, 'auth.signIn', { staffId: w.adminId, pin: w.adminPin });
    expect(signIn.status, `re-signing the admin in: ${signIn.text}`).toBe(200);
    w.adminToken = (signIn.body as { token: string }).token;
  }
}

/** What every answer must look like, whatever was sent. */
function checkShape(name: string, res: ApiResponse): void {
  expect(res.status, `${name} answered ${res.status}: ${res.text.slice(0, 300)}`).toBeLessThan(500);
  if (res.status >= 200 && res.status < 300) {
    const op = getOperation(name);
    expect(op, `${name} answered 2xx but is not an operation`).toBeDefined();
    expect(op!.output.safeParse(res.body).success, `${name} output breaks its contract: ${res.text.slice(0, 300)}`).toBe(true);
    return;
  }
  expect(res.status).toBeGreaterThanOrEqual(400);
  const error = (res.body as { error?: Record<string, unknown> } | null)?.error;
  expect(error, `${name} ${res.status} without an error body: ${res.text.slice(0, 300)}`).toBeDefined();
  expect(ERROR_CODES).toContain(error!.code);
  expect(HTTP_STATUS[error!.code as ErrorCode]).toBe(res.status);
  expect(typeof error!.message).toBe('string');
  expect((error!.message as string).length).toBeGreaterThan(0);
  expect((error!.message as string).length).toBeLessThan(2000); // a 1 MB input is not echoed back
  expect(typeof error!.fields).toBe('object');
  for (const v of Object.values(error!.fields as object)) expect(typeof v).toBe('string');
  if (error!.code === 'VALIDATION')
    expect(Object.keys(error!.fields as object).length, `${name} VALIDATION names no field`).toBeGreaterThan(0);
}

/** Sends one call as the admin and checks the answer's shape and that a refused call wrote nothing. */
async function send(name: string, body: unknown): Promise<ApiResponse> {
  await keepAdmin();
  const changes = totalChanges();
  const counts = rowCounts();
  const activity = sessionActivity();
  const res = await api(s.url, name, body, w.adminToken);
  checkShape(name, res);
  if (res.status >= 400) {
    const code = (res.body as { error: { code: ErrorCode } }).error.code;
    if (INPUT_ERRORS.includes(code)) {
      const written = totalChanges() - changes - activitySaved(activity);
      expect(written, `${name} refused with ${code} but wrote to the store (${JSON.stringify(diffCounts(counts, rowCounts()))})`).toBe(0);
    }
    // Other refusals (wrong PIN, conflicts) may write an audit row or a failed-attempt count, never a row of data.
    expect(rowCounts(), `${name} refused with ${code} but added or removed rows`).toEqual(counts);
  } else {
    track(name, body);
  }
  return res;
}

/** Remembers what a successful fuzzed call changed that the harness depends on. */
function track(name: string, body: unknown): void {
  const input = (body ?? {}) as Record<string, unknown>;
  if (name === 'staff.changeOwnPin') w.adminPin = input.newPin as string;
  if (name === 'staff.setPin' && input.id === w.adminId) w.adminPin = input.pin as string;
  if (name === 'staff.setPin' && input.id === w.managerId) w.managerPin = input.pin as string;
}

// ---- arbitraries -------------------------------------------------------------------------------

const DELETE = Symbol('delete the field');
/** Any value at all, or DELETE to leave the field out. */
type Nasty = unknown;

const nastyValue: fc.Arbitrary<Nasty> = fc.oneof(
  fc.constant(DELETE),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.integer({ min: -1_000_000_000_000, max: -1 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((d) => !Number.isInteger(d)),
  fc.constantFrom(0, -0.5, 0.5, 1.5, 2 ** 53, -(2 ** 53), 1e300, -1e300, Number.MIN_VALUE),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    '   ',
    '\u0000',
    '１２３４',
    ' 1234 ',
    '1234\n',
    "'; DROP TABLE staff; --",
    '%_\\',
    '<script>',
    '..',
    '/',
    'NaN',
    '-1',
    '1.5',
  ),
  fc.constant(ONE_MB_MARK),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 }),
  fc.jsonValue({ maxDepth: 2 }),
);

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** Paths of every field of a sample input, nested objects and their leaves alike. */
function fieldPaths(value: unknown, prefix: string[] = []): string[][] {
  if (kind(value) !== 'object') return [];
  return Object.entries(value as object).flatMap(([k, v]) => [[...prefix, k], ...fieldPaths(v, [...prefix, k])]);
}

function withField(base: Record<string, unknown>, pathParts: string[], value: Nasty): Record<string, unknown> {
  const copy = structuredClone(base);
  let target = copy;
  for (const part of pathParts.slice(0, -1)) target = target[part] as Record<string, unknown>;
  const last = pathParts.at(-1)!;
  if (value === DELETE) delete target[last];
  else target[last] = value === ONE_MB_MARK ? ONE_MB : value;
  return copy;
}

function getField(base: unknown, pathParts: string[]): unknown {
  return pathParts.reduce<unknown>((v, p) => (v as Record<string, unknown>)[p], base);
}

const names = fc.constantFrom(...OP_NAMES);

// ---- properties --------------------------------------------------------------------------------

describe('bad input over HTTP, for every operation', () => {
  for (const name of OP_NAMES) {
    it(`${name}: has a sample input its schema and the station accept`, async () => {
      const sample = SAMPLES[name];
      expect(sample, `${name} has no sample input in tests/support/samples.ts: every operation needs one to be fuzzed`).toBeDefined();
      const input = sample!(w);
      expect(getOperation(name)!.input.safeParse(input).success, `the sample for ${name} breaks its own schema`).toBe(true);
      const res = await send(name, input);
      if (res.status >= 400)
        expect((res.body as { error: { code: string } }).error.code, `${name} refused its sample`).not.toBe('VALIDATION');
    });
  }

  it('answers arbitrary JSON bodies with a contract output or a well-formed 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(names, fc.jsonValue({ maxDepth: 3 }), async (name, body) => {
        const res = await send(name, JSON.stringify(body));
        if (kind(body) !== 'object') {
          // null, a list, text, a number or true: never taken as {}.
          expect(res.body, `${name} took ${JSON.stringify(body).slice(0, 200)} as input`).toMatchObject({
            error: { code: 'VALIDATION', fields: { input: 'the body must be a JSON object' } },
          });
          return;
        }
        const local = getOperation(name)!.input.safeParse(body);
        if (!local.success) expect(res.status, `${name} accepted ${JSON.stringify(body).slice(0, 200)}`).toBe(400);
      }),
      { numRuns: 250 },
    );
  });

  it('names the field when one field is wrong, missing, huge, negative or fractional', async () => {
    const cases = fc.tuple(names, fc.nat(), nastyValue, fc.boolean()).map(([name, pick, value, unknownKey]) => {
      const sample = SAMPLES[name]?.(w);
      const paths = sample ? fieldPaths(sample) : [];
      if (unknownKey || paths.length === 0) return { name, sample, path: ['unexpectedField'], value };
      return { name, sample, path: paths[pick % paths.length]!, value };
    });
    await fc.assert(
      fc.asyncProperty(cases, async ({ name, sample, path: pathParts, value }) => {
        const input = withField(sample ?? {}, pathParts, value);
        const res = await send(name, input);
        const local = getOperation(name)!.input.safeParse(input);
        const dotted = pathParts.join('.');
        if (sample && pathParts[0] !== 'unexpectedField') {
          // Independent of the schema: a value of another type, or a 1 MB string, is never right.
          const original = getField(sample, pathParts);
          // A field whose sample is null (an optional id) may take a value of any one type: no type to compare.
          const wrongType =
            value !== DELETE && value !== null && original !== undefined && original !== null && kind(value) !== kind(original);
          const negativeOrFraction = typeof value === 'number' && typeof original === 'number' && (value < 0 || !Number.isInteger(value));
          if (wrongType || value === ONE_MB_MARK || negativeOrFraction) {
            expect(local.success, `the schema of ${name} accepts ${JSON.stringify(value).slice(0, 60)} for ${dotted}`).toBe(false);
          }
        }
        // Input the schema accepts may still be refused by the service (a folder it cannot write, an
        // unknown id): any well-formed answer will do, which send() has checked.
        if (local.success) return;
        expect(res.status, `${name} accepted ${dotted}=${JSON.stringify(value === DELETE ? 'missing' : value).slice(0, 80)}`).toBe(400);
        const fields = Object.keys((res.body as { error: { fields: Record<string, string> } }).error.fields);
        if (sample) {
          // The base input was valid, so the field named must be the one changed (or inside or around it).
          const named = fields.some((f) => f === dotted || f.startsWith(`${dotted}.`) || dotted.startsWith(`${f}.`));
          expect(named, `${name}: changed ${dotted}, error names ${fields.join(', ')}`).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('answers malformed bodies with BAD_JSON and writes nothing', async () => {
    const garbage = fc.oneof(
      fc.string({ minLength: 1, maxLength: 60 }),
      fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1) + '}}'),
      fc.constantFrom('{', '{"name":', "{'single': 1}", '{"a":1,}', 'undefined', 'NaN', '\u0000', '{"__proto__": {"admin": true}', '[1, 2'),
      fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => Buffer.from(b).toString('latin1')),
    );
    await fc.assert(
      fc.asyncProperty(names, garbage, async (name, text) => {
        let parses = true;
        try {
          if (text.trim() !== '') JSON.parse(text.trim());
        } catch {
          parses = false;
        }
        const res = await send(name, text);
        if (!parses) {
          expect(res.status).toBe(400);
          expect(res.body).toMatchObject({ error: { code: 'BAD_JSON', fields: { input: anyString() } } });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('answers unknown operation names with 404 and writes nothing', async () => {
    const bogus = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        'constructor',
        '__proto__',
        'toString',
        'hasOwnProperty',
        'staff',
        'staff.',
        '.list',
        'STAFF.LIST',
        'staff.list ',
        'staff..list',
        '../staff.list',
        'staff.list/x',
      ),
      names.map((n) => `${n}x`),
    );
    await fc.assert(
      fc.asyncProperty(
        bogus.filter((n) => !(OP_NAMES as string[]).includes(n)),
        async (name) => {
          const changes = totalChanges();
          const res = await request(s.url, `/api/${encodeURIComponent(name)}`, { body: {}, token: w.adminToken });
          expect(res.status, `${JSON.stringify(name)} answered ${res.status}`).toBe(404);
          expect(res.body).toMatchObject({ error: { code: 'UNKNOWN_OPERATION', message: anyString() } });
          expect(totalChanges()).toBe(changes);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses queue calls that cannot be done with a clear code, naming the field, writing nothing', async () => {
    const q = w.queue;
    await keepAdmin();
    // A fresh waiting ticket: the fuzzing above has moved the sample tickets along.
    const fresh = await api(s.url, 'queue.issue', { serviceId: q.serviceId, confirmBusy: true, print: false }, w.adminToken);
    expect(fresh.status, fresh.text).toBe(200);
    const waitingId = (fresh.body as { ticket: { id: number } }).ticket.id;
    // A customer called to the idle counter, where the admin sits and is not on break (fuzzing may have paused it).
    const idle = { counterId: q.idleCounterId };
    for (const name of ['queue.counters.open', 'queue.counters.resume'])
      expect((await api(s.url, name, idle, w.adminToken)).status).toBe(200);
    const called = await api(s.url, 'queue.issue', { serviceId: q.serviceId, confirmBusy: true, print: false }, w.adminToken);
    const calledId = (called.body as { ticket: { id: number } }).ticket.id;
    expect((await api(s.url, 'queue.call', { ...idle, ticketId: calledId }, w.adminToken)).status).toBe(200);
    const cases: [string, Record<string, unknown>, number, Record<string, unknown>][] = [
      ['queue.issue', { serviceId: 999_999 }, 404, { code: 'NOT_FOUND', fields: { serviceId: 'is not an active service' } }],
      [
        'queue.issue',
        { serviceId: q.serviceId, customerId: 999_999 },
        404,
        { code: 'NOT_FOUND', fields: { customerId: 'is not a customer' } },
      ],
      ['queue.transfer', { ticketId: waitingId }, 400, { code: 'VALIDATION', fields: { serviceId: 'choose a service or a counter' } }],
      [
        'queue.transfer',
        { ticketId: waitingId, counterId: w.appointments.counterId },
        400,
        { code: 'VALIDATION', fields: { counterId: 'does not serve this service' } },
      ],
      [
        'queue.call',
        { counterId: w.appointments.counterId, ticketId: waitingId },
        400,
        { code: 'VALIDATION', fields: { counterId: 'does not serve this service' } },
      ],
      ['queue.reinstate', { ticketId: waitingId }, 409, { code: 'INVALID_STATE', params: { state: 'waiting' } }],
      ['queue.start', { ticketId: waitingId }, 409, { code: 'INVALID_STATE', params: { state: 'waiting' } }],
      ['queue.ticket', { ticketId: 999_999 }, 404, { code: 'NOT_FOUND', fields: { ticketId: 'is not a ticket' } }],
      ['queue.counter', { counterId: 999_999 }, 404, { code: 'NOT_FOUND', fields: { counterId: 'is not an active counter' } }],
      ['queue.counters.break', { counterId: 999_999 }, 404, { code: 'NOT_FOUND', fields: { counterId: 'is not an active counter' } }],
      ['queue.counters.resume', { counterId: 999_999 }, 404, { code: 'NOT_FOUND', fields: { counterId: 'is not an active counter' } }],
      ['queue.counters.break', idle, 409, { code: 'INVALID_STATE', params: { state: 'called' } }],
      ['queue.counters.break', { counterId: w.appointments.counterId }, 409, { code: 'INVALID_STATE', params: { state: 'notOpen' } }],
      [
        'queue.services.save',
        { prefix: 'AB', nameZh: 'x', nameEn: 'x', typicalMinutes: 5 },
        400,
        { code: 'VALIDATION', fields: { prefix: 'must be one letter A-Z' } },
      ],
      [
        'queue.services.save',
        { prefix: 'S', nameZh: 'x', nameEn: 'x', typicalMinutes: 5, opensAt: '25:00' },
        400,
        { code: 'VALIDATION', fields: { opensAt: 'must be a time such as 09:00' } },
      ],
      [
        'queue.counters.save',
        { nameZh: 'x', nameEn: 'x', kind: 'desk', serviceIds: [] },
        400,
        { code: 'VALIDATION', fields: { serviceIds: 'choose at least one service' } },
      ],
      [
        'queue.counters.save',
        { nameZh: 'x', nameEn: 'x', kind: 'desk', serviceIds: [999_999] },
        400,
        { code: 'VALIDATION', fields: { 'serviceIds.0': 'is not an active service' } },
      ],
    ];
    for (const [name, body, status, error] of cases) {
      const changes = totalChanges();
      const res = await send(name, body);
      expect(res.status, `${name} ${JSON.stringify(body)}: ${res.text.slice(0, 200)}`).toBe(status);
      expect(res.body).toMatchObject({ error });
      expect(totalChanges(), `${name} refused but wrote`).toBe(changes);
    }
  });

  it('is still up, with an intact store, after all of that', async () => {
    expect((await api(s.url, 'setup.status', {})).status).toBe(200);
    await keepAdmin();
    expect((await api(s.url, 'staff.list', {}, w.adminToken)).status).toBe(200);
    expect(s.core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Fuzzed folder names went to the temporary working directory, not the repository.
    expect(fs.existsSync(`${cwd}/undefined`)).toBe(false);
  });
});

describe('bad input for pairing and the display', () => {
  const cases: [string, unknown, Record<string, unknown>][] = [
    ['display.pair', { code: '12345', name: 'TV' }, { code: 'must be 6 digits' }],
    ['display.pair', { code: '1234567', name: 'TV' }, { code: 'must be 6 digits' }],
    ['display.pair', { code: '12a456', name: 'TV' }, { code: 'must be 6 digits' }],
    ['display.pair', { code: 123456, name: 'TV' }, { code: 'must be 6 digits' }],
    ['display.pair', { code: '123456', name: '   ' }, { name: 'is required' }],
    ['display.pair', { code: '123456', name: 'x'.repeat(41) }, { name: 'must be at most 40 characters' }],
    ['display.pair', { code: '123456' }, { name: anyString() }],
    ['devices.pairingCode', { kind: 'console' }, { kind: anyString() }],
    ['devices.pairingCode', {}, { kind: anyString() }],
    ['devices.rename', { id: -1, name: 'TV' }, { id: 'must be positive' }],
    ['devices.rename', { id: 1, name: '' }, { name: 'is required' }],
    ['devices.revoke', { id: 1.5 }, { id: 'must be a whole number' }],
    ['display.state', { extra: 1 }, { extra: 'is not a known field' }],
  ];

  it('refuses malformed codes, names, kinds and ids with the field named, writing nothing', async () => {
    for (const [name, body, fields] of cases) {
      const res = await send(name, body);
      expect(res.status, `${name} ${JSON.stringify(body).slice(0, 80)}`).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'VALIDATION', fields } });
    }
  });

  it('refuses an unknown device and a wrong code without pairing anything', async () => {
    const devices = rowCounts().devices;
    expect((await send('devices.revoke', { id: 987654 })).body).toMatchObject({
      error: { code: 'NOT_FOUND', fields: { id: anyString() } },
    });
    expect((await send('devices.rename', { id: 987654, name: 'TV' })).body).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const wrong = await api(s.url, 'display.pair', { code: '000000', name: 'TV' });
    expect(['WRONG_PIN', 'LOCKED']).toContain((wrong.body as { error: { code: string } }).error.code);
    expect(rowCounts().devices).toBe(devices);
  });
});

describe('bad input for appointments', () => {
  const cases: [string, (a: SampleWorld['appointments']) => unknown, Record<string, unknown>][] = [
    [
      'appointments.book',
      (a) => ({ customerId: a.customerId, serviceId: a.serviceId, startsAt: '2026-03-03 10:00' }),
      { startsAt: 'must be an ISO-8601 UTC instant' },
    ],
    [
      'appointments.book',
      (a) => ({ customerId: a.customerId, serviceId: a.serviceId, startsAt: a.at(a.tomorrow, '10:00'), counterId: 0 }),
      { counterId: 'must be positive' },
    ],
    ['appointments.book', (a) => ({ serviceId: a.serviceId, startsAt: a.at(a.tomorrow, '10:00') }), { customerId: anyString() }],
    [
      'appointments.book',
      (a) => ({ customerId: a.customerId, serviceId: a.serviceId, startsAt: a.at(a.tomorrow, '10:00'), note: 'x'.repeat(201) }),
      { note: 'must be at most 200 characters' },
    ],
    ['appointments.reschedule', (a) => ({ id: a.rescheduleId }), { startsAt: anyString() }],
    ['appointments.cancel', (a) => ({ id: a.cancelId, reason: '  ' }), { reason: 'is required' }],
    ['appointments.confirm', (a) => ({ id: a.confirmId, channel: 'fax' }), { channel: 'must be phone, sms, wechat or inPerson' }],
    ['appointments.checkIn', () => ({ id: '1' }), { id: 'must be an id' }],
    ['appointments.markNoShow', () => ({ id: 2.5 }), { id: 'must be a whole number' }],
    ['appointments.day', () => ({ day: '2026-02-30' }), { day: 'must be a date such as 2026-03-02' }],
    ['appointments.day', () => ({ day: '3/2/2026' }), { day: 'must be a date such as 2026-03-02' }],
    ['appointments.range', (a) => ({ from: a.today, to: '2027-01-01' }), { to: 'must be at most 31 days after from' }],
    ['appointments.range', (a) => ({ from: a.tomorrow, to: a.today }), { to: 'must be on or after from' }],
    ['appointments.availability', (a) => ({ day: a.today }), { serviceId: anyString() }],
    ['appointments.confirmations', () => ({}), { day: anyString() }],
  ];

  it('refuses malformed times, dates, ids, channels and reasons with the field named, writing nothing', async () => {
    for (const [name, body, fields] of cases) {
      const input = body(w.appointments);
      const res = await send(name, input);
      expect(res.status, `${name} ${JSON.stringify(input).slice(0, 80)}`).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'VALIDATION', fields } });
    }
  });

  it('refuses a past, off-slot, full or unknown booking with the reason, adding no row', async () => {
    const a = w.appointments;
    // The sample customer is booked tomorrow already: these bookings are confirmed as second ones.
    const base = { customerId: a.customerId, serviceId: a.serviceId, note: '', confirmDuplicate: true };
    const refusals: [unknown, string, Record<string, string>][] = [
      [{ ...base, startsAt: a.at('2020-01-01', '10:00') }, 'VALIDATION', { startsAt: 'must be in the future' }],
      [{ ...base, startsAt: a.at(a.tomorrow, '10:10') }, 'VALIDATION', { startsAt: 'must start on a slot boundary' }],
      [{ ...base, customerId: 987654, startsAt: a.at(a.tomorrow, '10:00') }, 'NOT_FOUND', { customerId: 'no such customer' }],
      [{ ...base, serviceId: 987654, startsAt: a.at(a.tomorrow, '10:00') }, 'NOT_FOUND', { serviceId: 'no such service' }],
    ];
    for (const [input, code, fields] of refusals) {
      expect((await send('appointments.book', input)).body).toMatchObject({ error: { code, fields } });
    }
    for (let i = 0; i < 3; i++) await send('appointments.book', { ...base, startsAt: a.at(a.tomorrow, '17:00') });
    expect((await send('appointments.book', { ...base, startsAt: a.at(a.tomorrow, '17:00') })).body).toMatchObject({
      error: { code: 'FULLY_BOOKED', fields: { startsAt: 'is fully booked' } },
    });
    expect((await send('appointments.checkIn', { id: 987654 })).body).toMatchObject({
      error: { code: 'NOT_FOUND', fields: { id: 'no such appointment' } },
    });
  });
});

describe('bad input for customers and assets', () => {
  const customer = { name: '王二', phones: ['13711112222'] };
  const device = (c: SampleWorld['customers']) => ({ customerId: c.customerId, kind: 'device', brand: 'Apple', model: 'iPhone 13' });
  const vehicle = (c: SampleWorld['customers']) => ({ customerId: c.customerId, kind: 'vehicle', brand: 'Toyota', model: 'Corolla' });
  const cases: [string, (c: SampleWorld['customers']) => unknown, Record<string, unknown>][] = [
    ['customers.create', () => ({ ...customer, name: '  ' }), { name: 'is required' }],
    ['customers.create', () => ({ ...customer, name: 'x'.repeat(61) }), { name: 'must be at most 60 characters' }],
    ['customers.create', () => ({ ...customer, phones: [] }), { phones: 'add at least one phone number' }],
    ['customers.create', () => ({ ...customer, phones: '13711112222' }), { phones: 'must be a list of phone numbers' }],
    ['customers.create', () => ({ ...customer, phones: ['12'] }), { 'phones.0': 'must be a phone number' }],
    ['customers.create', () => ({ ...customer, phones: ['13711112222', 'call me'] }), { 'phones.1': 'must be a phone number' }],
    [
      'customers.create',
      () => ({ ...customer, phones: ['1', '2', '3', '4', '5', '6'].map((d) => `1371111222${d}`) }),
      { phones: 'at most 5 phone numbers' },
    ],
    ['customers.create', () => ({ ...customer, tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }), { tags: 'at most 10 tags' }],
    ['customers.create', () => ({ ...customer, tags: ['x'.repeat(21)] }), { 'tags.0': 'must be at most 20 characters' }],
    ['customers.create', () => ({ ...customer, confirmDuplicate: 'yes' }), { confirmDuplicate: 'must be true or false' }],
    ['customers.update', () => ({ id: 0, name: 'x' }), { id: 'must be positive' }],
    ['customers.update', (c) => ({ id: c.customerId, phones: [] }), { phones: 'add at least one phone number' }],
    ['customers.search', () => ({ q: 'x'.repeat(101) }), { q: 'must be at most 100 characters' }],
    ['customers.search', () => ({ q: 'zs', limit: 0 }), { limit: 'must be at least 1' }],
    ['customers.search', () => ({ q: 1234 }), { q: 'must be text' }],
    ['customers.history', (c) => ({ id: c.customerId, limit: 501 }), { limit: 'must be at most 500' }],
    ['customers.get', () => ({ id: '1' }), { id: 'must be an id' }],
    ['assets.list', () => ({ customerId: -3 }), { customerId: 'must be positive' }],
    ['assets.save', (c) => ({ ...device(c), imei: '356938035643808' }), { imei: 'check digit does not match' }],
    ['assets.save', (c) => ({ ...device(c), imei: '35693803564380' }), { imei: 'must be 15 digits' }],
    ['assets.save', (c) => ({ ...device(c), model: '' }), { model: 'is required' }],
    ['assets.save', (c) => ({ ...device(c), kind: 'boat' }), { kind: 'must be device or vehicle' }],
    ['assets.save', (c) => ({ ...device(c), purchaseDate: '2025-13-01' }), { purchaseDate: 'must be a date such as 2026-03-02' }],
    ['assets.save', (c) => ({ ...device(c), proof: 'photo' }), { proof: stringMatching(/^must be one of/) }],
    ['assets.save', (c) => ({ ...vehicle(c), vin: '1M8GDM9A1KP042788' }), { vin: 'check digit does not match' }],
    ['assets.save', (c) => ({ ...vehicle(c), vin: '1M8GDM9AXKP04278O' }), { vin: 'must not contain I, O or Q' }],
    ['assets.save', (c) => ({ ...vehicle(c), vin: '1M8GDM9AXKP04278' }), { vin: 'must be 17 characters' }],
    ['assets.save', (c) => ({ ...vehicle(c), plate: '沪A#1' }), { plate: 'must be a licence plate' }],
    ['assets.save', (c) => vehicle(c), { plate: 'enter a plate or a VIN' }],
    ['assets.save', (c) => ({ ...vehicle(c), plate: '沪A12345', mileageKm: -5 }), { mileageKm: 'must not be negative' }],
    ['assets.remove', () => ({}), { id: anyString() }],
  ];

  it('refuses bad names, phones, tags, IMEIs, VINs, plates and dates with the field and the reason, writing nothing', async () => {
    for (const [name, body, fields] of cases) {
      const input = body(w.customers);
      const res = await send(name, input);
      expect(res.status, `${name} ${JSON.stringify(input).slice(0, 100)}`).toBe(400);
      expect(res.body, `${name} ${JSON.stringify(input).slice(0, 100)}`).toMatchObject({ error: { code: 'VALIDATION', fields } });
    }
  });

  it('refuses a phone another customer has unless confirmed, a future purchase date, and unknown records, adding no row', async () => {
    const c = w.customers;
    const refusals: [string, unknown, string, Record<string, string>][] = [
      ['customers.create', { name: '重复', phones: ['+86 136 0000 1111'] }, 'CONFLICT', { 'phones.0': 'belongs to another customer' }],
      ['assets.save', { ...device(c), purchaseDate: '2099-01-01' }, 'VALIDATION', { purchaseDate: 'must not be in the future' }],
      ['assets.save', { ...device(c), customerId: 987654 }, 'NOT_FOUND', { customerId: 'no such customer' }],
      ['assets.save', { ...device(c), id: 987654 }, 'NOT_FOUND', { id: 'no such asset' }],
      ['assets.remove', { id: 987654 }, 'NOT_FOUND', { id: 'no such asset' }],
      ['customers.update', { id: 987654, name: 'x' }, 'NOT_FOUND', { id: 'no such customer' }],
      ['customers.history', { id: 987654 }, 'NOT_FOUND', { id: 'no such customer' }],
    ];
    for (const [name, input, code, fields] of refusals) {
      const res = await send(name, input);
      expect(res.body, `${name} ${JSON.stringify(input).slice(0, 100)}`).toMatchObject({ error: { code, fields } });
    }
    const duplicate = await send('customers.create', { name: '重复', phones: ['13600001111'] });
    // The fuzzing above may have renamed the sample customer: the refusal names them as they are now.
    const { name: customerName } = s.core.db.prepare('SELECT name FROM customers WHERE id = ?').get(c.customerId) as { name: string };
    expect(duplicate.body).toMatchObject({ error: { params: { customerId: c.customerId, customerName } } });
  });
});
