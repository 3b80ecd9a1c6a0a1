import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { invalidateOps } from '../../renderer/src/api/invalidate.ts';

/** A read that answers what the store holds when it starts, after a moment (a station's answer in flight). */
function station() {
  let bookings = 0;
  let reads = 0;
  const read = async () => {
    reads++;
    const seen = bookings;
    await new Promise((resolve) => setTimeout(resolve, 20));
    return seen;
  };
  return { read, book: () => bookings++, reads: () => reads };
}

describe("the station's invalidate events", () => {
  it('a change that lands during a screen’s first load is loaded again, not lost', async () => {
    const queryClient = new QueryClient();
    const s = station();
    const observer = new QueryObserver(queryClient, { queryKey: ['appointments.day', { day: '2026-12-03' }], queryFn: s.read });
    const results: (number | undefined)[] = [];
    const stop = observer.subscribe((r) => results.push(r.data));
    // The first load is on its way; a booking lands and its event arrives before the answer.
    s.book();
    await invalidateOps(queryClient, ['appointments.']);
    await expect.poll(() => observer.getCurrentResult().data).toBe(1);
    expect(s.reads()).toBe(2);
    expect(results.filter((d) => d !== undefined)).toEqual([1]);
    stop();
    queryClient.clear();
  });

  it('a loaded screen is fetched again; reads of other areas are left alone', async () => {
    const queryClient = new QueryClient();
    const s = station();
    const other = station();
    const day = new QueryObserver(queryClient, { queryKey: ['appointments.day', {}], queryFn: s.read });
    const queue = new QueryObserver(queryClient, { queryKey: ['queue.overview', {}], queryFn: other.read });
    const stops = [day.subscribe(() => undefined), queue.subscribe(() => undefined)];
    await expect.poll(() => day.getCurrentResult().data).toBe(0);
    await expect.poll(() => queue.getCurrentResult().data).toBe(0);
    s.book();
    await invalidateOps(queryClient, ['appointments.']);
    await expect.poll(() => day.getCurrentResult().data).toBe(1);
    expect(other.reads()).toBe(1);
    for (const stop of stops) stop();
    queryClient.clear();
  });
});
