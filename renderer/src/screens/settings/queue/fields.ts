import type { TFunction } from 'i18next';
import type { FieldError, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { isApiError } from '../../../api/errors.ts';
import { notifyError, translateFieldMessage } from '../../../components/errors.ts';

/** The queue contract's own field messages, in the console's language; others go to the shared rules. */
const RULES: [RegExp, string][] = [
  [/one letter A-Z/, 'queue:validation.prefix'],
  [/time such as 09:00/, 'queue:validation.time'],
  [/after the opening time/, 'queue:validation.afterOpening'],
  [/choose at least one service/, 'queue:validation.chooseService'],
  [/window, desk or bay/, 'queue:validation.kind'],
  [/choose a service or a counter/, 'queue:validation.serviceOrCounter'],
  [/already used by another service/, 'queue:validation.prefixTaken'],
  [/already the name of another counter/, 'queue:validation.counterNameTaken'],
  [/is not an active service/, 'queue:validation.inactiveService'],
  [/does not serve/, 'queue:validation.notServed'],
];

function queueFieldText(t: TFunction, message: string | undefined): string {
  for (const [pattern, key] of RULES) if (message && pattern.test(message)) return t(key);
  return translateFieldMessage(t, message);
}

/** The message under a form field, from the form's own check or from the station. */
export function queueErrorText(t: TFunction, error: FieldError | undefined): string | undefined {
  return error ? queueFieldText(t, error.message) : undefined;
}

/** Puts the station's field errors on the form's fields; anything without a field becomes a notification. */
export function applyQueueErrors<T extends FieldValues>(t: TFunction, error: unknown, form: UseFormReturn<T>): void {
  if (!isApiError(error)) return notifyError(t, error);
  let placed = 0;
  for (const [key, message] of Object.entries(error.fields)) {
    // A list's item ("serviceIds.2") is shown on the list's own field.
    const path = key.replace(/\.\d+$/, '') as Path<T>;
    if (form.getValues(path) === undefined) continue;
    form.setError(path, { type: 'server', message }, { shouldFocus: placed === 0 });
    placed += 1;
  }
  if (placed === 0) notifyError(t, error);
}
