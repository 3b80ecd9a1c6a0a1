/** The reminders' public module for the rest of the core: what the alarm asks the store. */
export { alarmState } from './reminders.ts';
