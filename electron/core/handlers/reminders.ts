import type { Contract } from '../../../shared/contract/index.ts';
import {
  cancelReminder,
  createReminder,
  dueReminders,
  listReminders,
  recordOutcome,
  takeReminder,
} from '../services/reminders/reminders.ts';
import { getReminderSettings, setReminderSettings } from '../services/reminders/settings.ts';
import type { HandlerTable } from './types.ts';

export const remindersHandlers: HandlerTable<keyof Contract & `reminders.${string}`> = {
  'reminders.settings.get': (_input, { core }) => getReminderSettings(core.db),
  'reminders.settings.set': (input, ctx) => setReminderSettings(ctx, input),
  'reminders.create': (input, ctx) => createReminder(ctx, input),
  'reminders.due': (_input, ctx) => dueReminders(ctx),
  'reminders.list': (input, ctx) => listReminders(ctx, input),
  'reminders.take': (input, ctx) => takeReminder(ctx, input.reminderId),
  'reminders.outcome': (input, ctx) => recordOutcome(ctx, input),
  'reminders.cancel': (input, ctx) => cancelReminder(ctx, input),
};
