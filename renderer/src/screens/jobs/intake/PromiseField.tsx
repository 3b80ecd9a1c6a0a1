import { DateTimePicker } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useDatePickerLabels } from '../../../components/datePickerLabels.ts';
import { fromStoreWallClock as fromPicker, toStoreWallClock as toPicker } from '../../../components/storeWallClock.ts';

/** When the item will be ready: the suggestion (how long similar jobs took), editable. */
export function PromiseField(props: {
  value: string | null;
  suggested: { promisedReadyAt: string; basedOn: number } | undefined;
  onChange: (iso: string | null) => void;
  error?: string;
}) {
  const { value, suggested, onChange, error } = props;
  const { t } = useTranslation('jobIntake');
  const labels = useDatePickerLabels();
  const shown = value ?? suggested?.promisedReadyAt ?? null;
  return (
    <DateTimePicker
      {...labels.calendar}
      label={t('promise.label')}
      description={
        value === null && suggested
          ? suggested.basedOn > 0
            ? t('promise.suggested', { count: suggested.basedOn })
            : t('promise.default')
          : undefined
      }
      value={shown === null ? null : toPicker(shown)}
      onChange={(v) => onChange(v === null ? null : fromPicker(v))}
      valueFormat="YYYY-MM-DD HH:mm"
      minDate={toPicker(new Date().toISOString())}
      error={error}
      data-field="promisedReadyAt"
      data-testid="intake-promise"
    />
  );
}
