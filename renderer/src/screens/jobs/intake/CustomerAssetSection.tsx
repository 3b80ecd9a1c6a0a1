import { useState } from 'react';
import { Button, Group, NumberInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../../shared/contract/customers.ts';
import { useOp } from '../../../api/hooks.ts';
import { AssetSelect } from '../../../components/AssetSelect.tsx';
import { CustomerPicker } from '../../../components/CustomerPicker.tsx';
import { AssetDialog } from '../../customers/AssetDialog.tsx';

/** Whose item and which: the customer (found by phone's last four, a name), one of their devices or vehicles, or a new one. */
export function CustomerAssetSection(props: {
  customer: CustomerSummary | null;
  onCustomer: (c: CustomerSummary | null) => void;
  assetId: number | null;
  onAsset: (id: number | null) => void;
  mileageKm: number | null;
  onMileage: (km: number | null) => void;
  errors: Record<string, string>;
}) {
  const { customer, onCustomer, assetId, onAsset, mileageKm, onMileage, errors } = props;
  const { t } = useTranslation('jobIntake');
  const [adding, setAdding] = useState(false);
  const assets = useOp('assets.list', { customerId: customer?.id ?? 0, includeInactive: false }, { enabled: customer !== null });
  const vehicle = assets.data?.find((a) => a.id === assetId)?.kind === 'vehicle';
  return (
    <>
      <div data-field="customerId">
        <CustomerPicker value={customer} onChange={onCustomer} label={t('customer')} autoFocus={customer === null} allowCreate />
        {errors.customerId && <div style={{ color: 'var(--mantine-color-red-7)', fontSize: 12 }}>{errors.customerId}</div>}
      </div>
      <Group align="flex-end" gap="sm" wrap="nowrap" data-field="assetId">
        <div style={{ flex: 1 }}>
          <AssetSelect customerId={customer?.id ?? null} value={assetId} onChange={onAsset} />
          {errors.assetId && <div style={{ color: 'var(--mantine-color-red-7)', fontSize: 12 }}>{errors.assetId}</div>}
        </div>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          disabled={customer === null}
          onClick={() => setAdding(true)}
          data-testid="intake-add-asset"
        >
          {t('addAsset')}
        </Button>
        {vehicle && (
          <NumberInput
            label={t('mileage')}
            value={mileageKm ?? ''}
            onChange={(v) => onMileage(typeof v === 'number' ? v : null)}
            min={0}
            allowDecimal={false}
            suffix=" km"
            w={160}
            error={errors.mileageKm}
          />
        )}
      </Group>
      {customer && <AssetDialog customerId={customer.id} opened={adding} onClose={() => setAdding(false)} onSaved={(a) => onAsset(a.id)} />}
    </>
  );
}
