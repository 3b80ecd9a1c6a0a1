import { DateTimePicker } from '@mantine/dates';
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { useTranslation } from 'react-i18next';
import { useDatePickerLabels } from '../../../components/datePickerLabels.ts';
import { storeTimeZone } from '../../../format.ts';

const PICKER = 'yyyy-MM-dd HH:mm:ss';

/** An instant as the picker holds it: the store's wall-clock time. */
const toPicker = (iso: string) => format(new TZDate(iso, storeTimeZone()), PICKER);
/** The picker's wall-clock time in the store back to an instant. */
function fromPicker(value: string): string {
  const [day = '', time = '00:00:00'] = value.split(' ');
  const [y, m, d] = day.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new TZDate(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0, 0, storeTimeZone()).toISOString();
}

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
