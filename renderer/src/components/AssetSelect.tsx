import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { assetLabel } from '../../../shared/contract/customers.ts';
import { useOp } from '../api/hooks.ts';

/** One of the customer's active devices or vehicles, or none; disabled until a customer is chosen. */
export function AssetSelect(props: { customerId: number | null; value: number | null; onChange: (id: number | null) => void }) {
  const { customerId, value, onChange } = props;
  const { t } = useTranslation('customers');
  const assets = useOp('assets.list', { customerId: customerId ?? 0, includeInactive: false }, { enabled: customerId !== null });
  const list = customerId === null ? [] : (assets.data ?? []);
  return (
    <Select
      label={t('assets.select')}
      placeholder={customerId === null ? t('assets.selectNoCustomer') : t('assets.selectPlaceholder')}
      disabled={customerId === null}
      data={list.map((a) => ({ value: String(a.id), label: assetLabel(a) }))}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(v === null ? null : Number(v))}
      clearable
      searchable
      nothingFoundMessage={t('assets.none')}
      data-testid="asset-select"
    />
  );
}
