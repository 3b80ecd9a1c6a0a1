import { Center, Input, Loader, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks.ts';
import { errorText } from '../../components/errors.ts';

export interface SlotPickerProps {
  serviceId: number | null;
  day: string;
  counterId: number | null;
  /** The booking being moved: its own place counts as free. */
  exceptId?: number;
  value: string | null;
  onChange: (startsAt: string) => void;
  error?: string | undefined;
}

/** The day's times of a service as buttons with the places left; full and past times cannot be picked. */
export function SlotPicker({ serviceId, day, counterId, exceptId, value, onChange, error }: SlotPickerProps) {
  const { t } = useTranslation('appointments');
  const availability = useOp(
    'appointments.availability',
    { serviceId: serviceId ?? 0, day, counterId, exceptId: exceptId ?? null },
    { enabled: serviceId !== null },
  );
  const slots = (availability.data?.slots ?? []).filter((s) => !s.past);

  return (
    <Input.Wrapper label={t('book.slot')} description={t('book.slotHint')} withAsterisk error={error}>
      {serviceId === null ? null : availability.isPending ? (
        <Center h={80}>
          <Loader size="sm" />
        </Center>
      ) : availability.isError ? (
        <Text c="red" size="sm" mt={6}>
          {errorText(t, availability.error)}
        </Text>
      ) : slots.length === 0 ? (
        <Text c="dimmed" size="sm" mt={6}>
          {t('book.noSlots')}
        </Text>
      ) : (
        <SimpleGrid
          cols={6}
          spacing={6}
          mt={6}
          mah={236}
          style={{ overflowY: 'auto', padding: 2 }}
          role="radiogroup"
          aria-label={t('book.slot')}
          data-testid="slot-picker"
        >
          {slots.map((s) => {
            const selected = s.startsAt === value;
            const full = s.free === 0;
            return (
              <UnstyledButton
                key={s.startsAt}
                role="radio"
                aria-checked={selected}
                disabled={full}
                onClick={() => onChange(s.startsAt)}
                data-testid="slot-option"
                data-time={s.time}
                data-free={s.free}
                style={{
                  borderRadius: 6,
                  padding: '6px 4px',
                  textAlign: 'center',
                  border: `1px solid var(--mantine-color-${selected ? 'indigo-7' : full ? 'gray-3' : 'gray-4'})`,
                  background: selected ? 'var(--mantine-color-indigo-7)' : full ? 'var(--mantine-color-gray-1)' : 'white',
                  color: selected ? 'white' : full ? 'var(--mantine-color-gray-5)' : undefined,
                  cursor: full ? 'not-allowed' : 'pointer',
                }}
              >
                <Text fw={700} ff="monospace" size="sm" c="inherit">
                  {s.time}
                </Text>
                <Text size="xs" c={selected ? 'inherit' : full ? 'red.7' : s.free === 1 ? 'yellow.9' : 'green.8'}>
                  {full ? t('book.full') : t('book.free', { count: s.free })}
                </Text>
              </UnstyledButton>
            );
          })}
        </SimpleGrid>
      )}
    </Input.Wrapper>
  );
}
