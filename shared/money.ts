/** ISO 4217 currencies a shop can keep its books in, with their minor-unit exponent. */
const CURRENCIES = { CNY: 2, HKD: 2, TWD: 0, USD: 2, EUR: 2, GBP: 2, JPY: 0, SGD: 2 } as const;
export type Currency = keyof typeof CURRENCIES;
export const CURRENCY_CODES = Object.keys(CURRENCIES) as Currency[];

export function formatMoney(minor: number, currency: Currency, locale: string): string {
  const digits = CURRENCIES[currency];
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(minor / 10 ** digits);
}

/** The amount without the currency's sign ("1,280.00"): a column of a printed table whose total carries the sign. */
export function formatAmount(minor: number, currency: Currency, locale: string): string {
  const digits = CURRENCIES[currency];
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(minor / 10 ** digits);
}

/** How many digits the currency's minor unit has (2 for CNY: fen; 0 for JPY). */
export function currencyDigits(currency: Currency): number {
  return CURRENCIES[currency];
}
