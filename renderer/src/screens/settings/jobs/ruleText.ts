import type { TFunction } from 'i18next';
import type { WarrantyRule } from '../../../../../shared/contract/warranty-rules.ts';

const km = (t: TFunction, limit: number | null) => (limit === null ? '' : ` ${t('warranty.orKm', { km: limit.toLocaleString() })}`);

/** A return or exchange window in words: "7 days", "60 days or 3,000 km", "None". */
export function windowText(t: TFunction, window: WarrantyRule['returnWindow']): string {
  return window === null ? t('warranty.noWindow') : `${t('warranty.days', { count: window.days })}${km(t, window.km)}`;
}

/** The warranty period in words: "12 months", "36 months or 60,000 km". */
export function periodText(t: TFunction, period: WarrantyRule['period']): string {
  return `${t(`warranty.${period.unit}`, { count: period.count })}${km(t, period.km)}`;
}

/** A category's name: the presets' own are translated, a shop's own shows its code. */
export function categoryText(t: TFunction, category: string): string {
  return t(`warranty.categories.${category}`, { defaultValue: category });
}
