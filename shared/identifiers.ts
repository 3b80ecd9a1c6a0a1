/**
 * Customer identifiers as people type them: phone numbers, device IMEIs, vehicle VINs and licence
 * plates. Each is normalised the same way everywhere (the forms, the contract, the search) and the
 * ones with a check digit are validated. A refusal carries its reason as the contract's English field
 * message, which the console translates.
 */

export type Checked = { ok: true; value: string } | { ok: false; reason: string };

const ok = (value: string): Checked => ({ ok: true, value });
const refuse = (reason: string): Checked => ({ ok: false, reason });

/** Full-width digits and letters (typed with a Chinese input method) become their ASCII forms. */
function halfWidth(raw: string): string {
  return raw.normalize('NFKC');
}

const PHONE_REASON = 'must be a phone number';

/**
 * Ten digits shaped as a North American number: an area code and an exchange that do not start with
 * 0 or 1, and an area code that is not a special-use N00 (so China's 400 and 800 service numbers, ten
 * digits too, stay as typed). Mainland numbers are never ten digits starting 2-9: mobiles have 11,
 * landlines with their area code start with 0.
 */
const NANP = /^(?!\d00)[2-9]\d{2}[2-9]\d{6}$/;

/**
 * A phone number as stored and compared: digits with an optional leading +, without spaces, dashes,
 * dots or parentheses; 3 to 20 digits. The same phone is never two numbers: a mainland mobile written
 * with the country code (+86 or 0086) is stored as its 11 digits, and a North American number as +1
 * and its ten digits however it was written ("(415) 555-0134", "+1 415 555 0134", "001 415…",
 * "4155550134").
 */
export function normalizePhone(raw: string): Checked {
  const compact = halfWidth(raw)
    .trim()
    .replace(/[\s\-().·]/g, '');
  if (!/^\+?\d{3,20}$/.test(compact)) return refuse(PHONE_REASON);
  const mainland = /^(?:\+86|0086)(1\d{10})$/.exec(compact);
  if (mainland) return ok(mainland[1] as string);
  const northAmerican = /^(?:\+1|001)?(\d{10})$/.exec(compact);
  if (northAmerican && NANP.test(northAmerican[1] as string)) return ok(`+1${northAmerican[1]}`);
  return ok(compact);
}

/** The digits of a phone back to front: "ends with 8000" becomes "starts with 0008", an index range. */
export function reversedDigits(phone: string): string {
  return [...phone.replace(/\D/g, '')].reverse().join('');
}

/** Digits and letters only, upper case: how codes printed in groups ("35-209900-176148-1") are compared. */
function compactCode(raw: string): string {
  return halfWidth(raw)
    .trim()
    .toUpperCase()
    .replace(/[\s\-./·•]/g, '');
}

/** The Luhn check digit of a string of digits (the IMEI's 15th digit for its first 14). */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    // Counting from the right of the payload, every first, third... digit is doubled.
    const fromRight = payload.length - 1 - i;
    let d = Number(payload[i]);
    if (fromRight % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

const IMEI_REASONS = { digits: 'must be 15 digits', check: 'check digit does not match' } as const;

/** An IMEI: 15 digits, the last a Luhn check digit over the first 14. */
export function checkImei(raw: string): Checked {
  const imei = compactCode(raw);
  if (!/^\d{15}$/.test(imei)) return refuse(IMEI_REASONS.digits);
  if (luhnCheckDigit(imei.slice(0, 14)) !== Number(imei[14])) return refuse(IMEI_REASONS.check);
  return ok(imei);
}

const VIN_REASONS = {
  length: 'must be 17 characters',
  chars: 'must be letters and digits',
  ioq: 'must not contain I, O or Q',
  check: 'check digit does not match',
} as const;

// ISO 3779 / FMVSS 115 / GB 16735 transliteration of letters to numbers, and the position weights.
const VIN_VALUES: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** The check character (position 9) a 17-character VIN should carry: "0"-"9" or "X" for 10. */
export function vinCheckCharacter(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i] as string;
    const value = /\d/.test(c) ? Number(c) : (VIN_VALUES[c] ?? 0);
    sum += value * (VIN_WEIGHTS[i] as number);
  }
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

/**
 * Where a VIN's check character is mandatory, by its first character (the region of the maker):
 * North America (1-5, ISO 3779 as FMVSS 115 applies it) and China (L, GB 16735). European, Japanese
 * and Korean makers may use position 9 for other data (VW's "Z"), so those VINs are checked for
 * length and characters only: refusing a real car's VIN at the desk would be worse than not checking.
 */
function vinCarriesCheckCharacter(vin: string): boolean {
  return /^[1-5L]/.test(vin);
}

/**
 * A VIN: 17 letters and digits without I, O or Q, and, where the maker's region requires one, a valid
 * check character at position 9.
 */
export function checkVin(raw: string): Checked {
  const vin = compactCode(raw);
  if (vin.length !== 17) return refuse(VIN_REASONS.length);
  if (!/^[A-Z0-9]{17}$/.test(vin)) return refuse(VIN_REASONS.chars);
  if (/[IOQ]/.test(vin)) return refuse(VIN_REASONS.ioq);
  if (vinCarriesCheckCharacter(vin) && vinCheckCharacter(vin) !== vin[8]) return refuse(VIN_REASONS.check);
  return ok(vin);
}

const PLATE_REASON = 'must be a licence plate';

/** A licence plate: upper case without spaces or separators ("沪A·12345" → "沪A12345"), 2 to 10 characters. */
export function normalizePlate(raw: string): Checked {
  const plate = compactCode(raw);
  if (!/^[\p{Script=Han}A-Z0-9]{2,10}$/u.test(plate)) return refuse(PLATE_REASON);
  return ok(plate);
}

/**
 * A stored phone as people read it: a mainland mobile in 3-4-4 groups ("138 0013 8000"), a North
 * American number as "+1 415 555 0101"; anything else as stored.
 */
export function formatPhone(phone: string): string {
  const mobile = /^(1\d{2})(\d{4})(\d{4})$/.exec(phone);
  if (mobile) return `${mobile[1]} ${mobile[2]} ${mobile[3]}`;
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(phone);
  if (nanp) return `+1 ${nanp[1]} ${nanp[2]} ${nanp[3]}`;
  return phone;
}
