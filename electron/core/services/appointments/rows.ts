import type Database from 'better-sqlite3';
import type { Appointment, AppointmentStatus, ConfirmChannel } from '../../../../shared/contract/appointments.ts';
import { assetLabel } from '../../../../shared/contract/customers.ts';
import { AppError } from '../../../../shared/errors.ts';
import { ticketNumber } from '../queue/index.ts';

/** An appointments row joined with what the console shows beside it. */
interface AppointmentRow {
  id: number;
  customer_id: number;
  asset_id: number | null;
  service_id: number;
  counter_id: number | null;
  business_day: string;
  starts_at: string;
  ends_at: string;
  status: AppointmentStatus;
  note: string;
  confirmed_at: string | null;
  confirm_channel: ConfirmChannel | null;
  confirm_note: string;
  checked_in_at: string | null;
  checked_in_late: number;
  ticket_id: number | null;
  no_show_at: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  created_at: string;
  customer_name: string;
  customer_phone: string;
  customer_tags: string;
  confirmed_by_name: string | null;
  ticket_prefix: string | null;
  ticket_number: number | null;
  asset_kind: 'device' | 'vehicle' | null;
  asset_brand: string | null;
  asset_model: string | null;
  asset_imei: string | null;
  asset_serial: string | null;
  asset_plate: string | null;
  asset_vin: string | null;
}

const SELECT = `
  SELECT a.*, c.name AS customer_name, c.phone AS customer_phone, c.tags AS customer_tags,
         s.name AS confirmed_by_name, t.prefix AS ticket_prefix, t.number AS ticket_number,
         x.kind AS asset_kind, x.brand AS asset_brand, x.model AS asset_model, x.imei AS asset_imei,
         x.serial AS asset_serial, x.plate AS asset_plate, x.vin AS asset_vin
    FROM appointments a
    JOIN customers c ON c.id = a.customer_id
    LEFT JOIN staff s ON s.id = a.confirmed_by
    LEFT JOIN tickets t ON t.id = a.ticket_id
    LEFT JOIN assets x ON x.id = a.asset_id`;

/** Statuses still waiting for the customer to arrive. */
export const AWAITING: readonly AppointmentStatus[] = ['booked', 'confirmed'];

export function plusMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

function labelOf(r: AppointmentRow): string | null {
  if (r.asset_kind === null) return null;
  return (
    assetLabel({
      kind: r.asset_kind,
      brand: r.asset_brand ?? '',
      model: r.asset_model ?? '',
      imei: r.asset_imei,
      serial: r.asset_serial,
      plate: r.asset_plate,
      vin: r.asset_vin,
    }) || null
  );
}

function isVip(tags: string): boolean {
  try {
    const parsed: unknown = JSON.parse(tags);
    return Array.isArray(parsed) && parsed.some((tag) => typeof tag === 'string' && tag.toLowerCase() === 'vip');
  } catch {
    return false;
  }
}

function phonesOf(db: Database.Database, rows: AppointmentRow[]): Map<number, string[]> {
  const ids = [...new Set(rows.map((r) => r.customer_id))];
  const phones = new Map<number, string[]>();
  if (ids.length === 0) return phones;
  const found = db
    .prepare(
      `SELECT customer_id, phone FROM customer_phones WHERE customer_id IN (SELECT value FROM json_each(?)) ORDER BY customer_id, position, id`,
    )
    .all(JSON.stringify(ids)) as { customer_id: number; phone: string }[];
  for (const p of found) phones.set(p.customer_id, [...(phones.get(p.customer_id) ?? []), p.phone]);
  return phones;
}

function toAppointment(r: AppointmentRow, phones: string[], graceMinutes: number, nowIso: string): Appointment {
  return {
    id: r.id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    customerPhones: phones.length > 0 ? phones : r.customer_phone ? [r.customer_phone] : [],
    customerVip: isVip(r.customer_tags),
    assetId: r.asset_id,
    assetLabel: labelOf(r),
    serviceId: r.service_id,
    counterId: r.counter_id,
    businessDay: r.business_day,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    status: r.status,
    overdue: AWAITING.includes(r.status) && plusMinutes(r.starts_at, graceMinutes) < nowIso,
    note: r.note,
    confirmedAt: r.confirmed_at,
    confirmedByName: r.confirmed_by_name,
    confirmChannel: r.confirm_channel,
    confirmNote: r.confirm_note,
    checkedInAt: r.checked_in_at,
    checkedInLate: r.checked_in_late === 1,
    ticketId: r.ticket_id,
    ticketNumber: r.ticket_prefix !== null && r.ticket_number !== null ? ticketNumber(r.ticket_prefix, r.ticket_number) : null,
    noShowAt: r.no_show_at,
    cancelledAt: r.cancelled_at,
    cancelReason: r.cancel_reason,
    createdAt: r.created_at,
  };
}

export interface AppointmentQuery {
  where: string;
  args: unknown[];
  graceMinutes: number;
  nowIso: string;
}

/** Appointments matching a WHERE clause on `a`, in start order, with their customer, asset and ticket. */
export function queryAppointments(db: Database.Database, q: AppointmentQuery): Appointment[] {
  const rows = db.prepare(`${SELECT} WHERE ${q.where} ORDER BY a.starts_at, a.id`).all(...q.args) as AppointmentRow[];
  const phones = phonesOf(db, rows);
  return rows.map((r) => toAppointment(r, phones.get(r.customer_id) ?? [], q.graceMinutes, q.nowIso));
}

export function requireAppointment(
  db: Database.Database,
  appointmentId: number,
  graceMinutes: number,
  nowIso: string,
  field = 'id',
): Appointment {
  const [found] = queryAppointments(db, { where: 'a.id = ?', args: [appointmentId], graceMinutes, nowIso });
  if (!found) throw new AppError('NOT_FOUND', `No appointment with id ${appointmentId}`, { [field]: 'no such appointment' });
  return found;
}
