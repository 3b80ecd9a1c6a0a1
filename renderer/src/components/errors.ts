import type { TFunction } from 'i18next';
import { notifications } from '@mantine/notifications';
import type { FieldError, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../api/errors.ts';
import { formatWhen } from '../format.ts';

/** The contract's English field messages, mapped to the validation catalogue. */
const FIELD_RULES: [RegExp, string, (m: RegExpExecArray) => Record<string, string>][] = [
  [/^is required$/, 'required', () => ({})],
  [/^must be at most (\d+) characters$/, 'maxChars', (m) => ({ max: m[1] ?? '' })],
  [/^must be (4 to 8 digits|a PIN)$/, 'pinDigits', () => ({})],
  [/^must be a phone number$/, 'phone', () => ({})],
  [/^must be 6 digits$/, 'sixDigits', () => ({})],
  [/^must be zh-CN or en$/, 'locale', () => ({})],
  [/^must be a supported currency$/, 'currency', () => ({})],
  [/time zone/, 'timeZone', () => ({})],
  [/^must be none, inclusive or exclusive$/, 'taxMode', () => ({})],
  [/basis points|\(100%\)/, 'taxRate', () => ({})],
  [/^must be a number$/, 'number', () => ({})],
  [/^must be a whole number$/, 'wholeNumber', () => ({})],
  [/^must be at least (\d+)$/, 'atLeast', (m) => ({ min: m[1] ?? '' })],
  [/^must be at most (\d+)$/, 'atMost', (m) => ({ max: m[1] ?? '' })],
  [/^must not be negative$/, 'notNegative', () => ({})],
  [/^must be one of /, 'choose', () => ({})],
  [/^is already used by another staff member$/, 'nameTaken', () => ({})],
  [/^would leave the store without an admin$/, 'lastAdmin', () => ({})],
  [/^is wrong$/, 'wrong', () => ({})],
  [/^is not a writable folder$/, 'folder', () => ({})],
  [/^is outside the data folder and the folders an admin approved$/, 'folderOutside', () => ({})],
  [/^must be an existing folder$/, 'folderMissing', () => ({})],
  [/^must be a full path$/, 'fullPath', () => ({})],
  [/^must not be a whole disk$/, 'wholeDisk', () => ({})],
  [/^must be an admin$/, 'approverAdmin', () => ({})],
  [/^must be an active manager or admin$/, 'approver', () => ({})],
  [/^a manager approval is required$/, 'approvalRequired', () => ({})],
  [/^must be in the future$/, 'future', () => ({})],
  [/^must be within the service's hours$/, 'serviceHours', () => ({})],
  [/^must start on a slot boundary$/, 'slotBoundary', () => ({})],
  [/^is not bookable$/, 'notBookable', () => ({})],
  [/^is fully booked$/, 'fullyBooked', () => ({})],
  [/^is already booked at this time$/, 'counterBooked', () => ({})],
  [/^must belong to the customer$/, 'assetOwner', () => ({})],
  [/^must be a date such as /, 'date', () => ({})],
  [/^must be on or after from$/, 'dateOrder', () => ({})],
  [/^must be at most (\d+) days after from$/, 'dateSpan', (m) => ({ max: m[1] ?? '' })],
  [/^must be phone, sms, wechat or inPerson$/, 'choose', () => ({})],
  [/^must be one letter A-Z$/, 'prefixLetter', () => ({})],
  [/^must be a time such as 09:00$/, 'clockTime', () => ({})],
  [/^must be after the opening time$/, 'afterOpening', () => ({})],
  [/^is required in at least one language/, 'nameOneLanguage', () => ({})],
  [/^is already used by another service$/, 'prefixTaken', () => ({})],
  [/^is already the name of another counter$/, 'counterNameTaken', () => ({})],
  [/^choose at least one service$/, 'chooseService', () => ({})],
  [/^choose a service or a counter$/, 'serviceOrCounter', () => ({})],
  [/^is not an active service$/, 'notActiveService', () => ({})],
  [/^is not an active counter$/, 'notActiveCounter', () => ({})],
  [/^does not serve this service$/, 'counterNotServing', () => ({})],
  [/^does not belong to this customer$/, 'assetOwner', () => ({})],
  [/^is not a ticket$/, 'notTicket', () => ({})],
  [/^add at least one phone number$/, 'phonesMin', () => ({})],
  [/^at most (\d+) phone numbers$/, 'phonesMax', (m) => ({ max: m[1] ?? '' })],
  [/^belongs to another customer$/, 'phoneTaken', () => ({})],
  [/^at most (\d+) tags$/, 'tagsMax', (m) => ({ max: m[1] ?? '' })],
  [/^must be 15 digits$/, 'imeiDigits', () => ({})],
  [/^check digit does not match$/, 'checkDigit', () => ({})],
  [/^must be 17 characters$/, 'vinLength', () => ({})],
  [/^must be letters and digits$/, 'lettersDigits', () => ({})],
  [/^must not contain I, O or Q$/, 'vinIoq', () => ({})],
  [/^must be a licence plate$/, 'plate', () => ({})],
  [/^enter a plate or a VIN$/, 'plateOrVin', () => ({})],
  [/^must not be in the future$/, 'notFuture', () => ({})],
  [/^must be device or vehicle$/, 'choose', () => ({})],
  [/^is required: choose or add the device or vehicle$/, 'jobAsset', () => ({})],
  [/^needs its IMEI$/, 'needsImei', () => ({})],
  [/^needs its plate$/, 'needsPlate', () => ({})],
  [/^has been removed$/, 'assetRemoved', () => ({})],
  [/^is another customer’s (ticket|appointment)$/, 'otherCustomer', () => ({})],
  [/^is not on the condition checklist$/, 'notOnChecklist', () => ({})],
  [/^is not a question the warranty rules ask$/, 'notWarrantyQuestion', () => ({})],
  [/^is required: the customer signs the intake$/, 'signatureRequired', () => ({})],
  [/^needs a warranty verdict that covers the job$/, 'notCovered', () => ({})],
  [/^must be later than now$/, 'future', () => ({})],
  [/^must be an image of at most (.+)$/, 'imageTooLarge', (m) => ({ max: m[1] ?? '' })],
  [/^must be a ((?:PNG|JPEG|WebP)(?:, \w+)*(?: or \w+)?) image$/, 'imageKind', (m) => ({ kinds: m[1] ?? '' })],
  [/^is not a ((?:PNG|JPEG|WebP)(?:, \w+)*(?: or \w+)?) image$/, 'notImage', (m) => ({ kinds: m[1] ?? '' })],
  [/^must be an image$/, 'imageKind', () => ({ kinds: 'PNG, JPEG, WebP' })],
  [/^is not an active technician$/, 'notTechnician', () => ({})],
  [/^is not a job( number)?$/, 'notJob', () => ({})],
  [/^is not a photo or signature$/, 'notMedia', () => ({})],
  [/ is listed twice$/, 'listedTwice', () => ({})],
  [/^must run from the largest to the smallest, each once$/, 'denominationsOrder', () => ({})],
  [/^must not be below varianceNoteMinor$/, 'varianceOrder', () => ({})],
  [/^keep at least one (till|denomination)$/, 'keepOne', () => ({})],
  [/^must be 1 to 4 capital letters$/, 'jobPrefix', () => ({})],
  [/^must be (a key|letters, digits and dashes, starting with a letter)/, 'checklistKey', () => ({})],
  [
    /^must be (ok or damaged|counter, appointment or customer|device, vehicle or none|a warranty outcome|part, labour or fee|approved or refused|in person, phone or message|a known job event)$/,
    'choose',
    () => ({}),
  ],
  [/^must not be shorter than the return window$/, 'exchangeShorter', () => ({})],
  [/ has a rule already$/, 'ruleTaken', () => ({})],
  [/^needs at least one rule$/, 'rulesMin', () => ({})],
  [/^must not list an exclusion twice$/, 'exclusionTwice', () => ({})],
  [/^must be (months or days|repair or exchange|a known exclusion)$/, 'choose', () => ({})],
  [/^choose at least one kind$/, 'choose', () => ({})],
];

/** Translates a field message: a `validation:` key set by a form, or one of the contract's messages. */
export function translateFieldMessage(t: TFunction, message: string | undefined): string {
  if (!message) return t('validation:invalid');
  if (message.startsWith('validation:')) return t(message);
  for (const [pattern, key, params] of FIELD_RULES) {
    const match = pattern.exec(message);
    if (match) return t(`validation:${key}`, params(match));
  }
  return t('validation:invalid');
}

/** Params as the catalogue wants them: instants shown in the store's time zone. */
function displayParams(t: TFunction, params: Record<string, string | number>): Record<string, string | number> {
  const shown = { ...params };
  if (typeof shown.lockedUntil === 'string') shown.lockedUntil = formatWhen(shown.lockedUntil);
  if (typeof shown.state === 'string')
    shown.state = t([`errors:states.${shown.state}`, `jobs:statuses.${shown.state}`], { defaultValue: shown.state });
  return shown;
}

/** The translated sentence for an error: `errors:<CODE>` with its params; a job move's refusal says why in the jobs catalogue. */
export function errorText(t: TFunction, error: unknown): string {
  const e = isApiError(error) ? error : new ApiError({ code: 'INTERNAL', message: String(error) });
  const reason = e.params.reason;
  if ((e.code === 'INVALID_STATE' || e.code === 'FORBIDDEN') && typeof reason === 'string') {
    const why = t(`jobs:refusals.${reason}`, { ...displayParams(t, e.params), defaultValue: '' });
    if (why) return why;
  }
  return t(`errors:${e.code}`, displayParams(t, e.params));
}

/** A failure as a red toast, in words: an internal error's technical detail goes to the console log only. */
export function notifyError(t: TFunction, error: unknown): void {
  if (isApiError(error) && error.code === 'INTERNAL') console.error('Station error:', error.message);
  notifications.show({ color: 'red', title: errorText(t, error), message: undefined });
}

/** A confirmation; messages people may want to read twice (a file's path) stay longer. */
export function notifySuccess(message: string, autoClose = 4000): void {
  notifications.show({ color: 'green', message, autoClose });
}

function serverFieldText(t: TFunction, error: ApiError, raw: string): string {
  if (error.code === 'LOCKED' || (error.code === 'WRONG_PIN' && error.params.attemptsLeft !== undefined)) return errorText(t, error);
  if (error.code === 'WRONG_PIN') return t('validation:wrongPin');
  if (error.code === 'BAD_BACKUP') return t('errors:BAD_BACKUP');
  return translateFieldMessage(t, raw);
}

/**
 * Puts the station's field errors (`profile.name`, `approval.pin`) on the matching form fields; what
 * has no field becomes a translated notification. `map` renames station keys to form paths.
 */
export function applyServerErrors<T extends FieldValues>(
  t: TFunction,
  error: unknown,
  form: UseFormReturn<T>,
  map: Record<string, string> = {},
): void {
  if (!isApiError(error)) {
    notifyError(t, error);
    return;
  }
  let placed = 0;
  let focused = false;
  for (const [key, raw] of Object.entries(error.fields)) {
    const path = (map[key] ?? key) as Path<T>;
    if (form.getValues(path) === undefined) continue;
    form.setError(path, { type: 'server', message: serverFieldText(t, error, raw) }, { shouldFocus: !focused });
    focused = true;
    placed += 1;
  }
  if (placed === 0) notifyError(t, error);
}

/** The message under a field: server messages are already translated, the form's own are not. */
export function fieldErrorText(t: TFunction, error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  return error.type === 'server' ? error.message : translateFieldMessage(t, error.message);
}

export function useFieldErrorText(): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation();
  return (error) => fieldErrorText(t, error);
}
