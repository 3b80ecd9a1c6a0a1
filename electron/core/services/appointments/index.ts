/**
 * Appointments' public module: what other service areas may use. Everything else in this folder
 * (its rows, row types, placement rules) is the area's own and may change without notice.
 */
export { seedDemoAppointments } from './demo.ts';
export { requireAppointment } from './rows.ts';
