import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nameIn } from '../../../../shared/names.ts';
import type { TillChoice } from './useTill.ts';

/** Which till this computer is, when the shop has more than one. */
export function TillPicker({ choice }: { choice: TillChoice }) {
  const { t, i18n } = useTranslation('cashierTill');
  const tills = choice.settings?.tills ?? [];
  if (tills.length < 2) return null;
  return (
    <Select
      w={180}
      aria-label={t('tillLabel')}
      data={tills.map((till) => ({ value: till.key, label: nameIn(i18n.language, till) }))}
      value={choice.till}
      allowDeselect={false}
      onChange={(v) => v && choice.choose(v)}
    />
  );
}
