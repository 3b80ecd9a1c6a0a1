import type { Rng } from './rng.ts';

/**
 * The shop the queue benchmarks model: three walk-in services, three counters each serving two of
 * them, walk-ins from 09:00 to 19:00 with a lunchtime peak, and how long each service really takes.
 * The seeded history and the simulated busy day both draw from it.
 */
export interface ShopService {
  prefix: string;
  nameZh: string;
  nameEn: string;
  /** What the shop configured as the typical time (the estimate before there is history). */
  typicalMinutes: number;
  dailyCap: number | null;
  busyThreshold: number | null;
  /** Share of walk-ins who come for this service. */
  share: number;
  /** The real service time: a log-normal with this mean (minutes) and coefficient of variation. */
  meanMinutes: number;
  cv: number;
}

export const SHOP_SERVICES: readonly ShopService[] = [
  {
    prefix: 'A',
    nameZh: '维修受理',
    nameEn: 'Repair intake',
    typicalMinutes: 8,
    dailyCap: 200,
    busyThreshold: 15,
    share: 0.4,
    meanMinutes: 6,
    cv: 0.5,
  },
  {
    prefix: 'B',
    nameZh: '取件',
    nameEn: 'Pickup',
    typicalMinutes: 3,
    dailyCap: null,
    busyThreshold: 20,
    share: 0.4,
    meanMinutes: 2.5,
    cv: 0.4,
  },
  {
    prefix: 'C',
    nameZh: '咨询',
    nameEn: 'Consultation',
    typicalMinutes: 6,
    dailyCap: null,
    busyThreshold: 15,
    share: 0.2,
    meanMinutes: 4.5,
    cv: 0.7,
  },
];

export const SHOP_COUNTERS: readonly { nameZh: string; nameEn: string; prefixes: readonly string[] }[] = [
  { nameZh: '1号窗口', nameEn: 'Counter 1', prefixes: ['A', 'C'] },
  { nameZh: '2号窗口', nameEn: 'Counter 2', prefixes: ['A', 'B'] },
  { nameZh: '3号窗口', nameEn: 'Counter 3', prefixes: ['B', 'C'] },
];

/** Walk-ins arrive from 09:00 (store-local) for this many minutes. */
const ARRIVAL_MINUTES = 10 * 60;
/** Store-local hour the first walk-in may arrive. */
export const OPEN_HOUR = 9;
/** Share of called customers who do not come to the counter (skipped as a no-show after 2 minutes). */
export const NO_SHOW_RATE = 0.03;
export const NO_SHOW_WAIT_MINUTES = 2;

/**
 * Relative arrival rate at `m` minutes after opening: a base rate, a lunchtime peak around 12:30
 * (2.6x the base) and a smaller one after work around 17:30.
 */
function arrivalRate(m: number): number {
  const bump = (centre: number, width: number) => Math.exp(-(((m - centre) / width) ** 2) / 2);
  return 1 + 1.6 * bump(210, 60) + 0.6 * bump(510, 50);
}

const PEAK_RATE = 2.7;

/** `count` arrival times in minutes after opening, sorted, drawn from `arrivalRate` (by thinning). */
export function arrivalMinutes(rng: Rng, count: number): number[] {
  const times: number[] = [];
  while (times.length < count) {
    const m = rng.next() * ARRIVAL_MINUTES;
    if (rng.next() * PEAK_RATE < arrivalRate(m)) times.push(m);
  }
  return times.sort((a, b) => a - b);
}

export function pickService(rng: Rng): ShopService {
  return rng.weighted(SHOP_SERVICES.map((s) => [s, s.share] as const));
}

/** Minutes the service takes at the counter, from its distribution, within 0.5 to 60. */
export function serviceMinutes(rng: Rng, s: ShopService): number {
  return Math.min(60, Math.max(0.5, rng.lognormal(s.meanMinutes, s.cv)));
}

/** Minutes from the call until the customer is at the counter and service starts. */
export function walkUpMinutes(rng: Rng): number {
  return 0.3 + rng.next() * 1.2;
}

/** Walk-ins on a day of the seeded history: busier at weekends. */
export function walkinsOn(rng: Rng, weekday: number): number {
  return rng.poisson(weekday === 0 || weekday === 6 ? 300 : 200);
}
