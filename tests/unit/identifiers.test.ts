import { describe, expect, it } from 'vitest';
import {
  checkImei,
  checkVin,
  formatPhone,
  luhnCheckDigit,
  normalizePhone,
  normalizePlate,
  reversedDigits,
  vinCheckCharacter,
} from '../../shared/identifiers.ts';

describe('phone numbers', () => {
  it('strips spaces, dashes, dots and parentheses and keeps a leading +', () => {
    expect(normalizePhone(' 138-0013 8000 ')).toEqual({ ok: true, value: '13800138000' });
    expect(normalizePhone('(021) 5555.0000')).toEqual({ ok: true, value: '02155550000' });
    expect(normalizePhone('+1 415 555 0101')).toEqual({ ok: true, value: '+14155550101' });
    expect(normalizePhone('+44 (0)20 7946 0958')).toEqual({ ok: true, value: '+4402079460958' });
  });

  it('stores a mainland mobile written with +86 or 0086 as its 11 digits', () => {
    expect(normalizePhone('+86 138 0013 8000')).toEqual({ ok: true, value: '13800138000' });
    expect(normalizePhone('0086-13800138000')).toEqual({ ok: true, value: '13800138000' });
    // A landline with the country code keeps it: only mobiles are folded.
    expect(normalizePhone('+86 21 5555 0000')).toEqual({ ok: true, value: '+862155550000' });
  });

  it('stores a North American number as +1 and ten digits however it was written, so it is one phone', () => {
    for (const raw of ['(415) 555-0134', '+1 415 555 0134', '4155550134', '415.555.0134', '001 415 555 0134', '+1 (415) 555-0134']) {
      expect(normalizePhone(raw), raw).toEqual({ ok: true, value: '+14155550134' });
    }
    // China's ten-digit 400 and 800 service numbers, and numbers NANP cannot have, stay as typed.
    expect(normalizePhone('400-820-8820')).toEqual({ ok: true, value: '4008208820' });
    expect(normalizePhone('800 810 8888')).toEqual({ ok: true, value: '8008108888' });
    expect(normalizePhone('4151550134')).toEqual({ ok: true, value: '4151550134' });
    expect(normalizePhone('0215550134')).toEqual({ ok: true, value: '0215550134' });
    // Eleven digits starting with 1 are a mainland mobile, never a North American number with its 1.
    expect(normalizePhone('14155550134')).toEqual({ ok: true, value: '14155550134' });
  });

  it('reads full-width digits typed with a Chinese input method', () => {
    expect(normalizePhone('１３８００１３８０００')).toEqual({ ok: true, value: '13800138000' });
  });

  it('accepts short service numbers and long international ones, 3 to 20 digits', () => {
    expect(normalizePhone('110')).toEqual({ ok: true, value: '110' });
    expect(normalizePhone('12345678901234567890')).toEqual({ ok: true, value: '12345678901234567890' });
  });

  it.each(['', '12', '123456789012345678901', 'abc', '138 0013 800x', '++8613800138000', '138+0013', '+'])('refuses %j', (raw) => {
    expect(normalizePhone(raw)).toEqual({ ok: false, reason: 'must be a phone number' });
  });

  it('shows mainland mobiles in 3-4-4 groups and North American numbers grouped, others as stored', () => {
    expect(formatPhone('13800138000')).toBe('138 0013 8000');
    expect(formatPhone('+14155550101')).toBe('+1 415 555 0101');
    expect(formatPhone('02155550000')).toBe('02155550000');
  });

  it('reverses the digits for the "ends with" index', () => {
    expect(reversedDigits('13800138000')).toBe('00083100831');
    expect(reversedDigits('+14155550101')).toBe('10105555141');
  });
});

describe('IMEI', () => {
  // Real IMEIs: the GSMA's worked example and numbers printed on handsets' labels.
  it.each(['490154203237518', '356938035643809', '352099001761481', '35-209900-176148-1', '35 693803 564380 9'])('accepts %s', (raw) => {
    expect(checkImei(raw)).toEqual({ ok: true, value: raw.replace(/[\s-]/g, '') });
  });

  it('computes the Luhn check digit over the first 14 digits', () => {
    expect(luhnCheckDigit('49015420323751')).toBe(8);
    expect(luhnCheckDigit('35209900176148')).toBe(1);
  });

  it.each(['490154203237517', '356938035643808', '352099001761482', '000000000000001'])('refuses %s: check digit does not match', (raw) => {
    expect(checkImei(raw)).toEqual({ ok: false, reason: 'check digit does not match' });
  });

  it('refuses a transposition of two neighbouring digits', () => {
    expect(checkImei('940154203237518')).toEqual({ ok: false, reason: 'check digit does not match' });
  });

  it.each(['49015420323751', '4901542032375180', '49015420323751X', '', 'IMEI 490154203237518'])('refuses %j: must be 15 digits', (raw) => {
    expect(checkImei(raw)).toEqual({ ok: false, reason: 'must be 15 digits' });
  });
});

describe('VIN', () => {
  // Real VINs: NHTSA's documented example, a Honda Accord, an Acura Legend; and a Chinese-format
  // (GB 16735) VIN with the FAW-Volkswagen manufacturer code.
  it.each(['1M8GDM9AXKP042788', '1HGCM82633A004352', 'JH4KA7561PC008269', 'LFV2A21K8D4123456', '11111111111111111'])(
    'accepts %s',
    (vin) => {
      expect(checkVin(vin)).toEqual({ ok: true, value: vin });
    },
  );

  it('normalises case and spaces', () => {
    expect(checkVin(' 1m8gdm9axkp 042788 ')).toEqual({ ok: true, value: '1M8GDM9AXKP042788' });
  });

  it('computes the position-9 check character, X for 10', () => {
    expect(vinCheckCharacter('1M8GDM9AXKP042788')).toBe('X');
    expect(vinCheckCharacter('1HGCM82633A004352')).toBe('3');
  });

  it.each(['1M8GDM9A1KP042788', '1HGCM82643A004352', '1M8GDM9AXKP042789', 'LSVAU2180N2183290'])(
    'refuses %s: check digit does not match',
    (vin) => {
      expect(checkVin(vin)).toEqual({ ok: false, reason: 'check digit does not match' });
    },
  );

  it.each(['WVWZZZ1JZXW000001', 'WBA3A5C51CF256985', 'JTDKB20U793123456'])(
    'accepts %s: a European or Japanese maker need not carry a check character',
    (vin) => {
      expect(checkVin(vin)).toEqual({ ok: true, value: vin });
    },
  );

  it.each(['1M8GDM9AXKP04278O', 'IM8GDM9AXKP042788', '1M8GDM9AXKQ042788'])('refuses %s: no I, O or Q', (vin) => {
    expect(checkVin(vin)).toEqual({ ok: false, reason: 'must not contain I, O or Q' });
  });

  it.each(['1M8GDM9AXKP04278', '1M8GDM9AXKP0427888', ''])('refuses %j: must be 17 characters', (vin) => {
    expect(checkVin(vin)).toEqual({ ok: false, reason: 'must be 17 characters' });
  });

  it('refuses other characters', () => {
    expect(checkVin('1M8GDM9AXKP04278#')).toEqual({ ok: false, reason: 'must be letters and digits' });
  });
});

describe('licence plates', () => {
  it('upper-cases and drops spaces and separators', () => {
    expect(normalizePlate('沪a·12345')).toEqual({ ok: true, value: '沪A12345' });
    expect(normalizePlate(' 京A 1234 5D ')).toEqual({ ok: true, value: '京A12345D' });
    expect(normalizePlate('7abc-123')).toEqual({ ok: true, value: '7ABC123' });
  });

  it.each(['', 'A', '沪A12345678901', '沪A#123'])('refuses %j', (raw) => {
    expect(normalizePlate(raw)).toEqual({ ok: false, reason: 'must be a licence plate' });
  });
});
