import { describe, expect, it } from 'vitest';
import { businessDate, dayjs, localClock, localDayAndClock } from '../../shared/time.ts';

const ZONES = [
  'Asia/Shanghai',
  'America/Los_Angeles',
  'Europe/London',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Etc/GMT-14',
  'Etc/GMT+12',
];

describe('business date and local clock', () => {
  it('agree with dayjs in every zone, every 373 minutes of two years and each minute around DST changes', () => {
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
        const local = dayjs(ms).tz(zone);
        const both = localDayAndClock(ms, zone);
        if (
          businessDate(ms, zone) !== local.format('YYYY-MM-DD') ||
          localClock(ms, zone) !== local.format('HH:mm') ||
          both.day !== local.format('YYYY-MM-DD') ||
          both.clock !== local.format('HH:mm')
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
