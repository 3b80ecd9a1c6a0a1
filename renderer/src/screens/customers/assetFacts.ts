import { useTranslation } from 'react-i18next';
import type { Asset } from '../../../../shared/contract/customers.ts';

/** The identifying facts of an asset as short translated phrases: IMEI, serial, plate, VIN, mileage, purchase. */
export function useAssetFacts(): (a: Asset) => string[] {
  const { t } = useTranslation('customers');
  return (a) => {
    const facts: string[] = [];
    if (a.plate) facts.push(t('assets.fields.plate', { value: a.plate }));
    if (a.imei) facts.push(t('assets.fields.imei', { value: a.imei }));
    if (a.serial) facts.push(t('assets.fields.serial', { value: a.serial }));
    if (a.vin) facts.push(t('assets.fields.vin', { value: a.vin }));
    if (a.mileageKm !== null) facts.push(t('assets.fields.mileage', { value: a.mileageKm.toLocaleString() }));
    if (a.purchaseDate) facts.push(t('assets.fields.purchased', { date: a.purchaseDate }));
    if (a.proof !== 'none')
      facts.push(t('assets.fields.proof', { proof: [t(`assets.proofs.${a.proof}`), a.proofNote].filter(Boolean).join(' ') }));
    return facts;
  };
}
