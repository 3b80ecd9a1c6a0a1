import type { Contract } from '../../../shared/contract/index.ts';
import { bookAppointment, rescheduleAppointment } from '../services/appointments/book.ts';
import { checkInAppointment } from '../services/appointments/checkin.ts';
import { appointmentsOfDay, availability, confirmationList, slotRange } from '../services/appointments/reads.ts';
import { cancelAppointment, confirmAppointment, markNoShow } from '../services/appointments/status.ts';
import type { HandlerTable } from './types.ts';

type AppointmentOps = keyof Contract & `appointments.${string}`;

export const appointmentsHandlers: HandlerTable<AppointmentOps> = {
  'appointments.book': (input, ctx) => bookAppointment(ctx, input),
  'appointments.reschedule': (input, ctx) => rescheduleAppointment(ctx, input),
  'appointments.cancel': (input, ctx) => cancelAppointment(ctx, input.id, input.reason),
  'appointments.confirm': (input, ctx) => confirmAppointment(ctx, input.id, input.channel, input.note),
  'appointments.checkIn': (input, ctx) => checkInAppointment(ctx, input.id),
  'appointments.markNoShow': (input, ctx) => markNoShow(ctx, input.id),
  'appointments.day': (input, { core }) => appointmentsOfDay(core, input.day, input),
  'appointments.range': (input, { core }) => slotRange(core, input.from, input.to, input),
  'appointments.availability': (input, { core }) => availability(core, input),
  'appointments.confirmations': (input, { core }) => confirmationList(core, input.day),
};
