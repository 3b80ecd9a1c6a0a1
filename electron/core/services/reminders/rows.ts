import type Database from 'better-sqlite3';
import type { Reminder } from '../../../../shared/contract/reminders.ts';
import { AppError } from '../../../../shared/errors.ts';

interface ReminderRow {
  id: number;
  kind: Reminder['kind'];
  customer_id: number | null;
  customer_name: string | null;
  job_id: number | null;
  job_number: string | null;
  appointment_id: number | null;
  room: string;
  phone: string;
  note: string;
  due_at: string;
  next_at: string;
  status: Reminder['status'];
  attempts: number;
  owner_id: number | null;
  owner_name: string | null;
  taken_by: number | null;
  taken_by_name: string | null;
  created_at: string;
  closed_at: string | null;
  outcome_note: string;
}

/** A reminder with the names it concerns: its customer, its job's number, its owner and who has it in hand. */
const SELECT_REMINDERS = `
  SELECT r.id, r.kind, r.customer_id, c.name AS customer_name, r.job_id, j.number AS job_number, r.appointment_id, r.room,
         r.phone, r.note, r.due_at, r.next_at, r.status, r.attempts, r.owner_id, o.name AS owner_name, r.taken_by,
         t.name AS taken_by_name, r.created_at, r.closed_at, r.outcome_note
    FROM reminders r
    LEFT JOIN customers c ON c.id = r.customer_id
    LEFT JOIN jobs j ON j.id = r.job_id
    LEFT JOIN staff o ON o.id = r.owner_id
    LEFT JOIN staff t ON t.id = r.taken_by`;

function toReminder(r: ReminderRow): Reminder {
  return {
    id: r.id,
    kind: r.kind,
    customerId: r.customer_id,
    customerName: r.customer_name,
    jobId: r.job_id,
    jobNumber: r.job_number,
    appointmentId: r.appointment_id,
    room: r.room,
    phone: r.phone,
    note: r.note,
    dueAt: r.due_at,
    nextAt: r.next_at,
    status: r.status,
    attempts: r.attempts,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    takenById: r.taken_by,
    takenByName: r.taken_by_name,
    createdAt: r.created_at,
    closedAt: r.closed_at,
    outcomeNote: r.outcome_note,
  };
}

export function readReminders(db: Database.Database, where: string, params: Record<string, unknown> = {}): Reminder[] {
  return (db.prepare(`${SELECT_REMINDERS} ${where}`).all(params) as ReminderRow[]).map(toReminder);
}

/** The reminder, or a refusal naming `reminderId`. */
export function requireReminder(db: Database.Database, id: number): Reminder {
  const found = readReminders(db, 'WHERE r.id = @id', { id })[0];
  if (!found) throw new AppError('NOT_FOUND', `There is no reminder ${id}`, { reminderId: 'is not a reminder' });
  return found;
}
