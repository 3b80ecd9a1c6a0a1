import { describe, expect, it } from 'vitest';
import { decide, outcomeOf } from '../support/warranty.ts';

/** Cars: months or km, whichever comes first, for private and taxi use and for work done in the workshop. */
const privateCar = (intake: string, mileageKm: number | null, more: Partial<Parameters<typeof decide>[3]> = {}) =>
  decide('car', 'car', 'private', { purchased: '2026-01-10', intake, mileageKm, ...more });

describe('a private car', () => {
  it('may be returned up to day 7 whatever the odometer says, even when it is not read', () => {
    expect(outcomeOf(privateCar('2026-01-17', null))).toEqual({ outcome: 'returnEligible', reasons: ['withinReturn'] });
    expect(privateCar('2026-01-18', 100).outcome).toBe('exchangeEligible');
  });

  it('may be exchanged up to day 60 or 3,000 km, whichever comes first', () => {
    expect(privateCar('2026-02-01', 3000).outcome).toBe('exchangeEligible');
    expect(outcomeOf(privateCar('2026-02-01', 3001))).toEqual({ outcome: 'inWarranty', reasons: ['withinWarranty'] });
    expect(privateCar('2026-03-11', 10).outcome).toBe('exchangeEligible');
    expect(privateCar('2026-03-12', 10).outcome).toBe('inWarranty');
  });

  it('is under warranty for 36 months or 60,000 km, whichever comes first', () => {
    expect(privateCar('2029-01-10', 60_000).outcome).toBe('inWarranty');
    const farther = privateCar('2029-01-10', 60_001);
    expect(outcomeOf(farther)).toEqual({ outcome: 'outOfWarranty', reasons: ['distanceExceeded'] });
    expect(farther.computed.reasons[0]?.params).toEqual({ km: 60_001, limitKm: 60_000 });
    expect(outcomeOf(privateCar('2027-05-01', 60_001))).toEqual({ outcome: 'outOfWarranty', reasons: ['distanceExceeded'] });
    expect(outcomeOf(privateCar('2029-01-11', 10))).toEqual({ outcome: 'outOfWarranty', reasons: ['periodEnded'] });
    expect(outcomeOf(privateCar('2029-01-11', 70_000))).toEqual({ outcome: 'outOfWarranty', reasons: ['periodEnded', 'distanceExceeded'] });
  });

  it('counts the distance from the odometer at the sale', () => {
    expect(privateCar('2027-01-10', 80_000, { startKm: 20_000 }).outcome).toBe('inWarranty');
    const over = privateCar('2027-01-10', 80_001, { startKm: 20_000 });
    expect(over.outcome).toBe('outOfWarranty');
    expect(over.dates?.distanceKm).toBe(60_001);
  });

  it('needs the mileage once a limit in km applies, and refuses an odometer that went backwards', () => {
    const unread = privateCar('2026-02-01', null);
    expect(outcomeOf(unread)).toEqual({ outcome: 'needsDecision', reasons: ['mileageUnknown'] });
    expect(unread.computed.reasons[0]?.params).toEqual({ limitKm: 3000 });
    expect(privateCar('2027-01-10', null).computed.reasons[0]?.params).toEqual({ limitKm: 60_000 });
    expect(outcomeOf(privateCar('2027-01-10', 400, { startKm: 500 }))).toEqual({
      outcome: 'needsDecision',
      reasons: ['mileageBelowPurchase'],
    });
    // Past the last day, the distance does not matter.
    expect(outcomeOf(privateCar('2029-02-01', null))).toEqual({ outcome: 'outOfWarranty', reasons: ['periodEnded'] });
  });

  it('has time in the workshop added to its period', () => {
    const repairs = [{ receivedOn: '2027-04-01', returnedOn: '2027-04-21' }];
    expect(privateCar('2029-01-30', 50_000, { repairs }).outcome).toBe('inWarranty');
    expect(privateCar('2029-01-31', 50_000, { repairs }).outcome).toBe('outOfWarranty');
  });
});

describe('a taxi', () => {
  const taxi = (intake: string, mileageKm: number) => decide('car', 'car', 'taxi', { purchased: '2026-01-10', intake, mileageKm });

  it('has no return or exchange window: day 3 is an in-warranty repair', () => {
    expect(taxi('2026-01-13', 500).outcome).toBe('inWarranty');
  });

  it('is under warranty for 12 months or 100,000 km, whichever comes first', () => {
    expect(taxi('2027-01-10', 100_000).outcome).toBe('inWarranty');
    expect(outcomeOf(taxi('2026-12-01', 100_001))).toEqual({ outcome: 'outOfWarranty', reasons: ['distanceExceeded'] });
    expect(outcomeOf(taxi('2027-01-11', 10))).toEqual({ outcome: 'outOfWarranty', reasons: ['periodEnded'] });
  });

  it('ignores time in the workshop (the preset does not extend)', () => {
    const t = decide('car', 'car', 'taxi', {
      purchased: '2026-01-10',
      intake: '2027-01-15',
      mileageKm: 10,
      repairs: [{ receivedOn: '2026-05-01', returnedOn: '2026-05-30' }],
    });
    expect(t.outcome).toBe('outOfWarranty');
  });
});

describe('work done in the workshop: days or km from the fitting', () => {
  it.each([
    ['overhaul', 20_000, '2026-08-09', '2026-08-10'],
    ['secondLevel', 5000, '2026-05-31', '2026-06-01'],
    ['minorRepair', 2000, '2026-05-11', '2026-05-12'],
  ])('%s: up to %i km, the last day %s', (part, km, lastDay, dayAfter) => {
    const fitted = (intake: string, driven: number) =>
      decide('car', 'carWorkshop', part, { purchased: '2026-05-01', startKm: 50_000, intake, mileageKm: 50_000 + driven });
    expect(fitted(lastDay, km).dates?.warrantyUntil).toBe(lastDay);
    expect(fitted(lastDay, km).outcome).toBe('inWarranty');
    expect(outcomeOf(fitted(lastDay, km + 1))).toEqual({ outcome: 'outOfWarranty', reasons: ['distanceExceeded'] });
    expect(outcomeOf(fitted(dayAfter, 1))).toEqual({ outcome: 'outOfWarranty', reasons: ['periodEnded'] });
  });
});
