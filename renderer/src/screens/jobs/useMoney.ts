import { useTranslation } from 'react-i18next';
import { formatMoney, type Currency } from '../../../../shared/money.ts';
import { useSignedIn } from '../../session/session.tsx';

/** Minor units in the store's currency, in the console's language. */
export function useMoney(): (minor: number) => string {
  const { i18n } = useTranslation();
  const currency = useSignedIn().profile.currency as Currency;
  return (minor) => formatMoney(minor, currency, i18n.language);
}

/** How many minor digits the store's currency has (2 for CNY, 0 for JPY): prices are typed in major units. */
export function useMinorDigits(): number {
  const currency = useSignedIn().profile.currency;
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}
