import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors.ts';
import { keptRead } from '../../store/marks.ts';
import { getProfile } from '../profile.ts';
import type { ServiceRow } from './rows.ts';

/**
 * What every issue, call and estimate reads and a shop seldom changes: the store's time zone, every
 * service, and the active counters (whether someone sits there and is not on break, the services each serves). Read once
 * per change to the set-up (`keptRead`), so shared: never change what it returns.
 */
export interface QueueLayout {
  timeZone: string;
  services: ReadonlyMap<number, ServiceRow>;
  counters: ReadonlyMap<number, { open: boolean; serves: ReadonlySet<number> }>;
}

export function queueLayout(db: Database.Database): QueueLayout {
  return keptRead(db, 'setup', 'queue.layout', () => {
    const counters = new Map<number, { open: boolean; serves: Set<number> }>();
    const rows = db
      .prepare(
        `SELECT c.id, c.open_staff_id IS NOT NULL AND c.break_started_at IS NULL AS open, cs.service_id AS serviceId
           FROM counters c JOIN counter_services cs ON cs.counter_id = c.id
          WHERE c.active = 1`,
      )
      .all() as { id: number; open: number; serviceId: number }[];
    for (const r of rows) {
      const counter = counters.get(r.id) ?? { open: r.open === 1, serves: new Set<number>() };
      counter.serves.add(r.serviceId);
      counters.set(r.id, counter);
    }
    const services = new Map((db.prepare('SELECT * FROM services').all() as ServiceRow[]).map((s) => [s.id, s]));
    return { timeZone: getProfile(db).timeZone, services, counters };
  });
}

/** A service's row, from the queue's kept layout: never change what it returns. */
export function findServiceRow(db: Database.Database, id: number): ServiceRow | undefined {
  return queueLayout(db).services.get(id);
}

/** An active service, or NOT_FOUND naming `field`. */
export function requireActiveService(db: Database.Database, id: number, field = 'serviceId'): ServiceRow {
  const row = findServiceRow(db, id);
  if (!row || row.active !== 1)
    throw new AppError('NOT_FOUND', `There is no active service with id ${id}`, { [field]: 'is not an active service' });
  return row;
}
