import { describe, expect, it } from 'vitest';
import {
  businessDate,
  formatInstant,
  localClock,
  localDayAndClock,
  localMinutes,
  plusDays,
  weekdayOf,
  zonedInstant,
} from '../../shared/time.ts';

const ZONES = [
  'Asia/Shanghai',
  'America/Los_Angeles',
  'Europe/London',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Etc/GMT-14',
  'Etc/GMT+12',
];

/** The reference: the runtime's own Intl time-zone data, one fresh formatter per question. */
function intlLocal(ms: number, timeZone: string): { day: string; clock: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return { day: `${part('year')}-${part('month')}-${part('day')}`, clock: `${part('hour')}:${part('minute')}` };
}

describe('business date and local clock', () => {
  it('agree with Intl in every zone, every 373 minutes of two years and each minute around DST changes', () => {
    const instants: number[] = [];
    for (let ms = Date.UTC(2025, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 373 * 60_000) instants.push(ms);
    // Los Angeles and London spring forward and fall back in 2026; Lord Howe moves by half an hour.
    for (const change of [
      '2026-03-08T10:00:00Z',
      '2026-11-01T09:00:00Z',
      '2026-03-29T01:00:00Z',
      '2026-10-25T01:00:00Z',
      '2026-04-04T15:00:00Z',
    ]) {
      for (let m = -90; m <= 90; m++) instants.push(Date.parse(change) + m * 60_000);
    }
    const mismatches: string[] = [];
    for (const ms of instants) {
      for (const zone of ZONES) {
        const local = intlLocal(ms, zone);
        const both = localDayAndClock(ms, zone);
        if (
          businessDate(ms, zone) !== local.day ||
          localClock(ms, zone) !== local.clock ||
          both.day !== local.day ||
          both.clock !== local.clock ||
          localMinutes(ms, zone) !== Number(local.clock.slice(0, 2)) * 60 + Number(local.clock.slice(3, 5))
        )
          mismatches.push(`${zone} ${new Date(ms).toISOString()}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('says midnight is 00:00, not 24:00, and the day has turned', () => {
    const midnight = Date.parse('2026-11-25T16:00:00.000Z');
    expect(localClock(midnight, 'Asia/Shanghai')).toBe('00:00');
    expect(businessDate(midnight, 'Asia/Shanghai')).toBe('2026-11-26');
    expect(businessDate(midnight - 1, 'Asia/Shanghai')).toBe('2026-11-25');
    expect(localClock(midnight - 60_000, 'Asia/Shanghai')).toBe('23:59');
  });
});

describe('store-local wall times', () => {
  it('name the instant in the zone, across the offset changes', () => {
    expect(new Date(zonedInstant('2026-03-02', '09:30', 'Asia/Shanghai')).toISOString()).toBe('2026-03-02T01:30:00.000Z');
    expect(new Date(zonedInstant('2026-07-01', '09:30', 'America/Los_Angeles')).toISOString()).toBe('2026-07-01T16:30:00.000Z');
    expect(new Date(zonedInstant('2026-01-01', '09:30', 'America/Los_Angeles')).toISOString()).toBe('2026-01-01T17:30:00.000Z');
    expect(new Date(zonedInstant('2026-06-01', '00:00', 'Asia/Kathmandu')).toISOString()).toBe('2026-05-31T18:15:00.000Z');
  });

  it('read a skipped time as the same time after the clocks go forward', () => {
    expect(new Date(zonedInstant('2026-03-08', '02:30', 'America/Los_Angeles')).toISOString()).toBe('2026-03-08T10:30:00.000Z');
    expect(localClock(zonedInstant('2026-03-08', '02:30', 'America/Los_Angeles'), 'America/Los_Angeles')).toBe('03:30');
    expect(new Date(zonedInstant('2026-03-29', '01:30', 'Europe/London')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('read a time that comes twice as the first of the two when the clocks go back', () => {
    expect(new Date(zonedInstant('2026-11-01', '01:30', 'America/Los_Angeles')).toISOString()).toBe('2026-11-01T08:30:00.000Z');
    expect(new Date(zonedInstant('2026-10-25', '01:30', 'Europe/London')).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(new Date(zonedInstant('2026-04-05', '01:45', 'Australia/Lord_Howe')).toISOString()).toBe('2026-04-04T14:45:00.000Z');
  });

  it('come back to the same business date and clock every quarter hour of a year', () => {
    const mismatches: string[] = [];
    for (const zone of ['Asia/Shanghai', 'America/Los_Angeles', 'Australia/Lord_Howe']) {
      for (let day = '2026-01-01'; day < '2027-01-01'; day = plusDays(day, 1)) {
        for (let m = 0; m < 24 * 60; m += 15) {
          const clock = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const at = zonedInstant(day, clock, zone);
          const back = localDayAndClock(at, zone);
          // A skipped time comes back as the time it was read as, which names the same instant.
          if (back.day !== day || (back.clock !== clock && zonedInstant(day, back.clock, zone) !== at))
            mismatches.push(`${zone} ${day} ${clock} -> ${back.day} ${back.clock}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('calendar dates', () => {
  it('count days across month, year and leap-day ends', () => {
    expect(plusDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(plusDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(plusDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(plusDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(plusDays('2026-03-02', 0)).toBe('2026-03-02');
    expect(plusDays('2026-01-01', 365)).toBe('2027-01-01');
  });

  it('know the weekday, Sunday as 0', () => {
    expect(weekdayOf('2026-03-01')).toBe(0);
    expect(weekdayOf('2026-03-02')).toBe(1);
    expect(weekdayOf('2026-03-07')).toBe(6);
  });
});

describe('formatInstant', () => {
  it('writes the instant in the store zone with date-fns tokens', () => {
    expect(formatInstant('2026-11-25T16:00:00.000Z', 'Asia/Shanghai')).toBe('2026-11-26 00:00:00');
    expect(formatInstant('2026-11-25T16:00:00.000Z', 'America/Los_Angeles', 'yyyy-MM-dd HH:mm')).toBe('2026-11-25 08:00');
    expect(formatInstant(Date.parse('2026-07-01T12:00:00Z'), 'Europe/London', 'HH:mm xxx')).toBe('13:00 +01:00');
  });
});
