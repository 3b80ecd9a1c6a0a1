import { useEffect } from 'react';
import { Box, Button, Group, SimpleGrid, Text } from '@mantine/core';
import { IconBackspace, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const MAX_DIGITS = 8;

interface PinPadProps {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  onEscape?: () => void;
  busy?: boolean;
  /** Listen to the keyboard for digits, Backspace, Enter and Esc. */
  captureKeyboard?: boolean;
  /** The submit button's name for screen readers (Sign in, Unlock). */
  submitLabel?: string;
  /** The line under the pad (how the keyboard works here). */
  hint?: string;
}

type PinKeys = Pick<PinPadProps, 'value' | 'onChange' | 'onSubmit' | 'onEscape' | 'busy'>;

/** Types a key into a PIN: a digit, Backspace, Enter (submit) or Esc; anything else is left alone. */
export function typePinKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'target' | 'preventDefault'>,
  pin: PinKeys,
): void {
  if (event.ctrlKey || event.altKey || event.metaKey || pin.busy) return;
  const target = event.target as HTMLElement | null;
  if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
  if (/^[0-9]$/.test(event.key)) {
    event.preventDefault();
    if (pin.value.length < MAX_DIGITS) pin.onChange(pin.value + event.key);
  } else if (event.key === 'Backspace') {
    event.preventDefault();
    pin.onChange(pin.value.slice(0, -1));
  } else if (event.key === 'Enter') {
    event.preventDefault();
    pin.onSubmit();
  } else if (event.key === 'Escape') {
    pin.onEscape?.();
  }
}

/** On-screen digits for a PIN, the keyboard working just the same; the digits are never shown. */
export function PinPad({ value, onChange, onSubmit, onEscape, busy = false, captureKeyboard = true, submitLabel, hint }: PinPadProps) {
  const { t } = useTranslation('signin');

  useEffect(() => {
    if (!captureKeyboard) return;
    const onKey = (event: KeyboardEvent) => typePinKey(event, { value, onChange, onSubmit, onEscape, busy });
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [captureKeyboard, busy, value, onChange, onSubmit, onEscape]);

  const press = (digit: string) => value.length < MAX_DIGITS && onChange(value + digit);
  const digitButton = (digit: string) => (
    <Button key={digit} variant="default" size="xl" h={64} fz={26} fw={500} onClick={() => press(digit)} disabled={busy}>
      {digit}
    </Button>
  );

  return (
    <Box>
      <Group
        justify="center"
        gap={12}
        h={28}
        mb="lg"
        role="status"
        aria-label={t('pinDots', { count: value.length })}
        data-testid="pin-dots"
        data-count={value.length}
      >
        {Array.from({ length: Math.max(4, value.length) }, (_, i) => (
          <Box
            key={i}
            w={16}
            h={16}
            style={{
              borderRadius: '50%',
              border: '2px solid var(--mantine-color-indigo-7)',
              background: i < value.length ? 'var(--mantine-color-indigo-7)' : 'transparent',
            }}
          />
        ))}
      </Group>
      <SimpleGrid cols={3} spacing="sm">
        {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map(digitButton)}
        <Button
          variant="subtle"
          color="gray"
          size="xl"
          h={64}
          onClick={() => onChange(value.slice(0, -1))}
          disabled={busy || !value}
          aria-label={t('deleteDigit')}
        >
          <IconBackspace size={26} stroke={1.6} />
        </Button>
        {digitButton('0')}
        <Button size="xl" h={64} onClick={onSubmit} loading={busy} disabled={value.length < 4} aria-label={submitLabel ?? t('signIn')}>
          <IconCheck size={28} />
        </Button>
      </SimpleGrid>
      <Text size="xs" c="dimmed" ta="center" mt="md">
        {hint ?? t('keyboardHint')}
      </Text>
    </Box>
  );
}
