import { afterEach, describe, expect, it } from 'vitest';
import { queueSlip } from '../../electron/core/printing/documents/queue-slip.ts';
import { renderEscPos } from '../../electron/core/printing/escpos.ts';
import { op, tryOp } from '../support/core.ts';
import { closeQueueStores, queueStore } from '../support/queue.ts';
import iconv from 'iconv-lite';
import { parseEscPos } from './print-fake-printer.ts';

/**
 * Services and counters saved with a name in one language only, on a real store: they save, they do
 * not clash with each other, and the display, the slip and the errors show the other language's name.
 */

afterEach(() => closeQueueStores());

describe('services and counters named in one language', () => {
  it('saves them, lets two counters lack the same language, and still refuses a name another counter has', async () => {
    const s = await queueStore();
    const d = (await op(s.core, 'queue.services.save', { prefix: 'D', nameZh: '贴膜', nameEn: '', typicalMinutes: 5 }, s.token)).id;
    const e = (await op(s.core, 'queue.services.save', { prefix: 'E', nameZh: '', nameEn: 'Battery swap', typicalMinutes: 20 }, s.token))
      .id;
    expect(await op(s.core, 'queue.services.list', {}, s.token)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: d, nameZh: '贴膜', nameEn: '' }),
        expect.objectContaining({ id: e, nameZh: '', nameEn: 'Battery swap' }),
      ]) as unknown,
    );
    const four = await op(s.core, 'queue.counters.save', { nameZh: '4号窗口', nameEn: '', kind: 'desk', serviceIds: [d] }, s.token);
    const five = await op(s.core, 'queue.counters.save', { nameZh: '5号窗口', nameEn: '', kind: 'desk', serviceIds: [e] }, s.token);
    expect([four.nameEn, five.nameEn]).toEqual(['', '']);
    expect(
      await tryOp(s.core, 'queue.counters.save', { nameZh: '4号窗口', nameEn: '', kind: 'bay', serviceIds: [d] }, s.token),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { nameZh: 'is already the name of another counter' } },
    });
  });

  it('refuses one with no name at all, naming both fields, and writes nothing', async () => {
    const s = await queueStore();
    const before = (await op(s.core, 'queue.services.list', {}, s.token)).length;
    const message = 'is required in at least one language (Chinese or English)';
    expect(await tryOp(s.core, 'queue.services.save', { prefix: 'F', nameZh: '', nameEn: ' ', typicalMinutes: 5 }, s.token)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { nameZh: message, nameEn: message } },
    });
    expect(
      await tryOp(s.core, 'queue.counters.save', { nameZh: '', nameEn: '', kind: 'desk', serviceIds: [s.services.A] }, s.token),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { nameZh: message, nameEn: message } } });
    expect((await op(s.core, 'queue.services.list', {}, s.token)).length).toBe(before);
  });

  it("calls to a counter with only a Chinese name reach the display with that name for both languages' callers", async () => {
    const s = await queueStore();
    const d = (await op(s.core, 'queue.services.save', { prefix: 'D', nameZh: '贴膜', nameEn: '', typicalMinutes: 5 }, s.token)).id;
    const counter = await op(s.core, 'queue.counters.save', { nameZh: '4号窗口', nameEn: '', kind: 'desk', serviceIds: [d] }, s.token);
    const issued = await op(s.core, 'queue.issue', { serviceId: d }, s.token);
    expect(issued.ticket.number).toBe('D001');
    await op(s.core, 'queue.callNext', { counterId: counter.id }, s.token);
    const state = await op(s.core, 'display.state', {}, s.token);
    expect(state.current).toMatchObject({ number: 'D001', counterNameZh: '4号窗口', counterNameEn: '' });
    expect(state.services.find((x) => x.prefix === 'D')).toMatchObject({ nameZh: '贴膜', nameEn: '' });
  });

  it('prints the slip with the name it has, in an English store too, and never an empty line for the missing one', () => {
    const slip = queueSlip({
      store: { name: 'Fix It', locale: 'en', timeZone: 'Asia/Shanghai' },
      service: { nameZh: '贴膜', nameEn: '' },
      number: 'D001',
      ticketId: 1,
      ahead: 0,
      estimatedMinutes: 0,
      issuedAt: '2026-03-02T06:05:00.000Z',
      notice: '',
    });
    const lines = parseEscPos(renderEscPos(slip, { paper: '80mm' })).flatMap((t) =>
      'text' in t ? [iconv.decode(t.text, 'gb18030').trim()] : [],
    );
    const store = lines.indexOf('Fix It');
    expect(lines.slice(store + 1, store + 4).filter((l) => l !== '' && !/^=+$/.test(l))[0]).toBe('贴膜');
    expect(lines.filter((l) => l === '贴膜')).toHaveLength(1);
  });
});
