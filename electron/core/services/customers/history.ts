import type Database from 'better-sqlite3';
import type { AppointmentHistoryEntry, CustomerHistory, TicketHistoryEntry } from '../../../../shared/contract/customers.ts';
import { jobsOfCustomer } from '../jobs/index.ts';
import { requireCustomerRow } from './rows.ts';

interface TicketRow {
  id: number;
  prefix: string;
  number: number;
  business_day: string;
  service_id: number;
  name_zh: string;
  name_en: string;
  source: TicketHistoryEntry['source'];
  status: TicketHistoryEntry['status'];
  counter_name_zh: string | null;
  counter_name_en: string | null;
  asset_id: number | null;
  issued_at: string;
  finished_at: string | null;
}

interface AppointmentRow {
  id: number;
  service_id: number;
  name_zh: string;
  name_en: string;
  starts_at: string;
  ends_at: string;
  status: AppointmentHistoryEntry['status'];
  asset_id: number | null;
  note: string;
  ticket_id: number | null;
}

/** The newest `limit` entries of a section, and whether older ones exist. */
function section<T>(rows: T[], limit: number): { entries: T[]; more: boolean } {
  return { entries: rows.slice(0, limit), more: rows.length > limit };
}

/**
 * A customer's history across the console, newest first: queue tickets, appointments and jobs. Each
 * later area (payments, complaints) adds its own section beside these.
 */
export function customerHistory(db: Database.Database, customerId: number, limit: number): CustomerHistory {
  requireCustomerRow(db, customerId);
  const tickets = db
    .prepare(
      `SELECT t.id, t.prefix, t.number, t.business_day, t.service_id, s.name_zh, s.name_en, t.source, t.status,
              c.name_zh AS counter_name_zh, c.name_en AS counter_name_en, t.asset_id, t.issued_at, t.finished_at
         FROM tickets t
         JOIN services s ON s.id = t.service_id
         LEFT JOIN counters c ON c.id = t.counter_id
        WHERE t.customer_id = ?
        ORDER BY t.id DESC
        LIMIT ?`,
    )
    .all(customerId, limit + 1) as TicketRow[];
  const appointments = db
    .prepare(
      `SELECT a.id, a.service_id, s.name_zh, s.name_en, a.starts_at, a.ends_at, a.status, a.asset_id, a.note, a.ticket_id
         FROM appointments a
         JOIN services s ON s.id = a.service_id
        WHERE a.customer_id = ?
        ORDER BY a.starts_at DESC, a.id DESC
        LIMIT ?`,
    )
    .all(customerId, limit + 1) as AppointmentRow[];
  return {
    customerId,
    tickets: section(
      tickets.map((t) => ({
        id: t.id,
        number: `${t.prefix}${String(t.number).padStart(3, '0')}`,
        businessDay: t.business_day,
        serviceId: t.service_id,
        serviceNameZh: t.name_zh,
        serviceNameEn: t.name_en,
        source: t.source,
        status: t.status,
        counterNameZh: t.counter_name_zh,
        counterNameEn: t.counter_name_en,
        assetId: t.asset_id,
        issuedAt: t.issued_at,
        finishedAt: t.finished_at,
      })),
      limit,
    ),
    appointments: section(
      appointments.map((a) => ({
        id: a.id,
        serviceId: a.service_id,
        serviceNameZh: a.name_zh,
        serviceNameEn: a.name_en,
        startsAt: a.starts_at,
        endsAt: a.ends_at,
        status: a.status,
        assetId: a.asset_id,
        note: a.note,
        ticketId: a.ticket_id,
      })),
      limit,
    ),
    jobs: jobsOfCustomer(db, customerId, limit),
  };
}
