import { describe, expect, it } from 'vitest';
import { decide, outcomeOf } from '../support/warranty.ts';

/** 三包 for mobile phones: the windows, the periods of the handset and each accessory, and their last days. */
const handset = (intake: string, more: Partial<Parameters<typeof decide>[3]> = {}) =>
  decide('phoneSanbao', 'phone', 'handset', { purchased: '2026-03-01', intake, ...more });

describe('phone handset under 三包: the return and exchange windows', () => {
  it('day 0 (the day of the sale) to day 7 may be returned; day 7 is the last', () => {
    expect(outcomeOf(handset('2026-03-01'))).toEqual({ outcome: 'returnEligible', reasons: ['withinReturn'] });
    const day7 = handset('2026-03-08');
    expect(outcomeOf(day7)).toEqual({ outcome: 'returnEligible', reasons: ['withinReturn'] });
    expect(day7.computed.reasons[0]?.params).toEqual({ day: 7, days: 7, until: '2026-03-08' });
    expect(day7.dates).toMatchObject({
      purchasedOn: '2026-03-01',
      intakeOn: '2026-03-08',
      day: 7,
      returnUntil: '2026-03-08',
      exchangeUntil: '2026-03-16',
    });
  });

  it('day 8 to day 15 may be exchanged, not returned; day 15 is the last', () => {
    const day8 = handset('2026-03-09');
    expect(outcomeOf(day8)).toEqual({ outcome: 'exchangeEligible', reasons: ['withinExchange'] });
    expect(day8.computed.reasons[0]?.params).toEqual({ day: 8, days: 15, until: '2026-03-16' });
    expect(outcomeOf(handset('2026-03-16'))).toEqual({ outcome: 'exchangeEligible', reasons: ['withinExchange'] });
  });

  it('day 16 is an in-warranty repair', () => {
    const day16 = handset('2026-03-17');
    expect(outcomeOf(day16)).toEqual({ outcome: 'inWarranty', reasons: ['withinWarranty'] });
    expect(day16.computed.reasons[0]?.params).toEqual({ until: '2027-03-01', extendedDays: 0 });
  });

  it('counts days in the store’s time zone: 23:30 on day 7 in Shanghai is still day 7, 00:10 the next day is day 8', () => {
    // 2026-03-09 00:10 in Shanghai is still 2026-03-08 in UTC.
    expect(handset('2026-03-08', { clock: '23:30' }).outcome).toBe('returnEligible');
    expect(handset('2026-03-09', { clock: '00:10' }).outcome).toBe('exchangeEligible');
    expect(handset('2026-03-16', { clock: '23:59' }).outcome).toBe('exchangeEligible');
    expect(handset('2026-03-17', { clock: '00:00' }).outcome).toBe('inWarranty');
  });

  it('the 12-month period ends on the same date a year later, inclusive', () => {
    expect(outcomeOf(handset('2027-03-01'))).toEqual({ outcome: 'inWarranty', reasons: ['withinWarranty'] });
    const after = handset('2027-03-02');
    expect(outcomeOf(after)).toEqual({ outcome: 'outOfWarranty', reasons: ['periodEnded'] });
    expect(after.computed.reasons[0]?.params).toEqual({ until: '2027-03-01' });
  });

  it('a period from a date the last month lacks ends on that month’s last day (29 February)', () => {
    const from = { purchased: '2024-02-29' };
    expect(decide('phoneSanbao', 'phone', 'handset', { ...from, intake: '2025-02-28' }).outcome).toBe('inWarranty');
    expect(decide('phoneSanbao', 'phone', 'handset', { ...from, intake: '2025-03-01' }).outcome).toBe('outOfWarranty');
  });
});

describe('phone accessories under 三包: each with its own period, exchanged free within it', () => {
  const accessory = (part: string, intake: string) => decide('phoneSanbao', 'phone', part, { purchased: '2026-03-01', intake });

  it.each([
    ['battery', '2026-09-01', '2026-09-02'],
    ['charger', '2027-03-01', '2027-03-02'],
    ['wiredHeadset', '2026-06-01', '2026-06-02'],
    ['card', '2027-03-01', '2027-03-02'],
  ])('%s: exchanged on its last day %s, out of warranty on %s', (part, lastDay, dayAfter) => {
    const last = accessory(part, lastDay);
    expect(outcomeOf(last)).toEqual({ outcome: 'exchangeEligible', reasons: ['accessoryExchange'] });
    expect(last.computed.reasons[0]?.params).toEqual({ until: lastDay });
    expect(outcomeOf(accessory(part, dayAfter))).toEqual({ outcome: 'outOfWarranty', reasons: ['periodEnded'] });
  });

  it('an accessory has no return window: on day 3 it is exchanged, not returned', () => {
    expect(accessory('battery', '2026-03-04').outcome).toBe('exchangeEligible');
  });

  it('a part the shop fitted carries its own 3 months from the fitting', () => {
    const fitted = (intake: string) => decide('phoneSanbao', 'phone', 'shopRepair', { purchased: '2026-05-31', intake });
    expect(fitted('2026-08-31').outcome).toBe('inWarranty');
    expect(fitted('2026-09-01').outcome).toBe('outOfWarranty');
  });
});

describe('earlier repair time extends the period', () => {
  it('15 days in the shop move the last day 15 days on', () => {
    const repairs = [{ receivedOn: '2026-06-10', returnedOn: '2026-06-25' }];
    const last = handset('2027-03-16', { repairs });
    expect(outcomeOf(last)).toEqual({ outcome: 'inWarranty', reasons: ['withinWarranty'] });
    expect(last.computed.reasons[0]?.params).toEqual({ until: '2027-03-16', extendedDays: 15 });
    expect(last.dates).toMatchObject({ warrantyUntil: '2027-03-16', extendedDays: 15 });
    expect(handset('2027-03-17', { repairs }).outcome).toBe('outOfWarranty');
  });

  it('a repair begun in the extended days extends again; one begun after the end, before the sale, or not yet back does not', () => {
    const repairs = [
      { receivedOn: '2027-03-10', returnedOn: '2027-03-20' },
      { receivedOn: '2026-06-10', returnedOn: '2026-06-25' },
      { receivedOn: '2027-06-01', returnedOn: '2027-06-30' },
      { receivedOn: '2026-02-01', returnedOn: '2026-02-20' },
      { receivedOn: '2027-03-21', returnedOn: null },
    ];
    const verdict = handset('2027-03-26', { repairs });
    expect(verdict.dates).toMatchObject({ warrantyUntil: '2027-03-26', extendedDays: 25 });
    expect(verdict.outcome).toBe('inWarranty');
    expect(handset('2027-03-27', { repairs }).outcome).toBe('outOfWarranty');
  });

  it('a same-day repair adds nothing; a rule that does not extend ignores repairs', () => {
    expect(handset('2027-03-02', { repairs: [{ receivedOn: '2026-05-01', returnedOn: '2026-05-01' }] }).outcome).toBe('outOfWarranty');
    const fitted = decide('phoneSanbao', 'phone', 'shopRepair', {
      purchased: '2026-05-31',
      intake: '2026-09-01',
      repairs: [{ receivedOn: '2026-06-01', returnedOn: '2026-06-20' }],
    });
    expect(fitted.dates?.extendedDays).toBe(0);
    expect(fitted.outcome).toBe('outOfWarranty');
  });
});
