import type { TFunction } from 'i18next';

/** A bill's heading in the till: the job's bill, its deposit, or a quick sale. */
export function billTitle(t: TFunction, kind: 'job' | 'deposit' | 'sale', jobNumber: string | null): string {
  if (kind === 'sale' || jobNumber === null) return t('cashierTill:bill.saleTitle');
  return kind === 'deposit'
    ? t('cashierTill:bill.depositTitle', { number: jobNumber })
    : t('cashierTill:bill.jobTitle', { number: jobNumber });
}
