import type { TFunction } from 'i18next';
import type { FieldError } from 'react-hook-form';
import { translateFieldMessage } from '../../../components/errors.ts';

/** The printing contract's own field messages, in the console's language; others go to the shared rules. */
const RULES: [RegExp, string][] = [
  [/IP address or host name/, 'print:validation.host'],
  [/between 1 and 65535|must be a port number/, 'print:validation.port'],
  [/thermal printer takes/, 'print:validation.thermalPaper'],
  [/already the name of another printer/, 'print:validation.nameTaken'],
  [/is not a printer/, 'print:validation.notPrinter'],
];

export function printFieldText(t: TFunction, message: string | undefined): string {
  for (const [pattern, key] of RULES) if (message && pattern.test(message)) return t(key);
  return translateFieldMessage(t, message);
}

export function printErrorText(t: TFunction, error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  return printFieldText(t, error.message);
}
