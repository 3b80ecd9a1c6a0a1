import { DISPLAY_READY_ITEMS, DISPLAY_RECENT_CALLS, type DisplayState } from '../../../../shared/contract/devices.ts';
import type { DisplayCall } from '../../../../shared/contract/queue.ts';
import { maskName } from '../../../../shared/privacy.ts';
import { businessDate } from '../../../../shared/time.ts';
import type { Core } from '../../core.ts';
import { readyForPickup } from '../jobs/index.ts';
import { getProfile } from '../profile.ts';
import { serviceLoads } from '../queue/index.ts';
import { getSettings } from '../settings.ts';

interface CallRow {
  ticket_id: number;
  prefix: string;
  number: number;
  service_id: number;
  call_count: number;
  customer_name: string | null;
  at: string;
  counter_id: number;
  counter_name_zh: string;
  counter_name_en: string;
}

/**
 * Today's calls, newest first, one per ticket (a recalled number shows once, at its latest call), each
 * with the counter it was called to then. Customer names masked; phones are never read.
 */
function todaysCalls(core: Core, businessDay: string, limit: number): DisplayCall[] {
  const rows = core.db
    .prepare(
      `WITH latest AS (
         SELECT e.ticket_id, max(e.id) AS event_id
           FROM tickets t JOIN ticket_events e ON e.ticket_id = t.id
          WHERE t.business_day = ? AND e.action IN ('call', 'recall') AND e.counter_id IS NOT NULL
          GROUP BY e.ticket_id
          ORDER BY event_id DESC
          LIMIT ?)
       SELECT t.id AS ticket_id, t.prefix, t.number, t.service_id, t.call_count, cu.name AS customer_name,
              e.at, c.id AS counter_id, c.name_zh AS counter_name_zh, c.name_en AS counter_name_en
         FROM latest l
         JOIN ticket_events e ON e.id = l.event_id
         JOIN tickets t ON t.id = l.ticket_id
         JOIN counters c ON c.id = e.counter_id
         LEFT JOIN customers cu ON cu.id = t.customer_id
        ORDER BY l.event_id DESC`,
    )
    .all(businessDay, limit) as CallRow[];
  return rows.map((r) => ({
    ticketId: r.ticket_id,
    number: `${r.prefix}${String(r.number).padStart(3, '0')}`,
    serviceId: r.service_id,
    counterId: r.counter_id,
    counterNameZh: r.counter_name_zh,
    counterNameEn: r.counter_name_en,
    customerMasked: maskName(r.customer_name),
    at: r.at,
    callCount: r.call_count,
  }));
}

interface ServiceNameRow {
  id: number;
  prefix: string;
  name_zh: string;
  name_en: string;
}

interface BreakRow {
  id: number;
  name_zh: string;
  name_en: string;
  break_started_at: string;
}

/** The active counters on break, in their set-up order. */
function counterBreaks(core: Core): DisplayState['breaks'] {
  const rows = core.db
    .prepare(
      'SELECT id, name_zh, name_en, break_started_at FROM counters WHERE active = 1 AND break_started_at IS NOT NULL ORDER BY position, id',
    )
    .all() as BreakRow[];
  return rows.map((r) => ({ counterId: r.id, counterNameZh: r.name_zh, counterNameEn: r.name_en, since: r.break_started_at }));
}

/** The whole public display state: what a TV shows and says. Nothing here is private. */
export function displayState(core: Core): DisplayState {
  const { db } = core;
  const profile = getProfile(db);
  const settings = getSettings(db);
  const nowMs = core.clock.now();
  const calls = todaysCalls(core, businessDate(nowMs, profile.timeZone), DISPLAY_RECENT_CALLS + 1);
  const names = new Map(
    (db.prepare('SELECT id, prefix, name_zh, name_en FROM services WHERE active = 1').all() as ServiceNameRow[]).map((s) => [s.id, s]),
  );
  const services = serviceLoads(core).flatMap((load) => {
    const s = names.get(load.serviceId);
    return s
      ? [
          {
            serviceId: s.id,
            prefix: s.prefix,
            nameZh: s.name_zh,
            nameEn: s.name_en,
            waiting: load.waiting,
            estimatedMinutes: load.estimatedMinutes,
          },
        ]
      : [];
  });
  return {
    storeName: profile.name,
    locale: profile.locale,
    timeZone: profile.timeZone,
    demo: profile.demo,
    displayNotice: settings.displayNotice,
    voiceEnabled: settings.voiceEnabled,
    voiceLanguages: settings.voiceLanguages,
    voiceRepeat: settings.voiceRepeat,
    voiceVolume: settings.voiceVolume,
    current: calls[0] ?? null,
    recent: calls.slice(1),
    services,
    breaks: counterBreaks(core),
    readyForPickup: readyForPickup(db, DISPLAY_READY_ITEMS).map((number) => ({ number })),
    serverTime: new Date(nowMs).toISOString(),
  };
}
