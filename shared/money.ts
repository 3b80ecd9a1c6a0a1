import { z } from 'zod';

/** ISO 4217 currencies a shop can keep its books in, with their minor-unit exponent. */
export const CURRENCIES = { CNY: 2, HKD: 2, TWD: 0, USD: 2, EUR: 2, GBP: 2, JPY: 0, SGD: 2 } as const;
export type Currency = keyof typeof CURRENCIES;
export const CURRENCY_CODES = Object.keys(CURRENCIES) as Currency[];

/** The largest amount the console accepts: 100 million in major units of a 2-digit currency. */
export const MAX_MINOR = 10_000_000_000;

/** An amount of money in integer minor units (fen, cents). Never a float. */
export const minorUnits = z
  .number({ error: 'must be an amount in minor units' })
  .int({ error: 'must be a whole number of minor units (no fractions)' })
  .min(0, { error: 'must not be negative' })
  .max(MAX_MINOR, { error: 'is too large' });

export function formatMoney(minor: number, currency: Currency, locale: string): string {
  const digits = CURRENCIES[currency];
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(minor / 10 ** digits);
}

/** Parses a typed amount ("12.5") into minor units, or null when it is not a valid amount. */
export function parseMoney(text: string, currency: Currency): number | null {
  const digits = CURRENCIES[currency];
  const match = /^\s*(\d{1,12})(?:[.,](\d*))?\s*$/.exec(text);
  if (!match) return null;
  const frac = match[2] ?? '';
  if (frac.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(frac.padEnd(digits, '0') || '0');
}
