import { NumberInput, type NumberInputProps } from '@mantine/core';
import { forwardRef, useState } from 'react';
import { useMinorDigits } from '../jobs/useMoney.ts';

type MoneyInputProps = Omit<NumberInputProps, 'value' | 'onChange' | 'decimalScale'> & {
  /** Minor units (fen); null while the field is empty. */
  valueMinor: number | null;
  onChangeMinor: (minor: number | null) => void;
};

const toMinor = (text: string | number, scale: number): number | null => {
  const n = typeof text === 'number' ? text : text.trim() === '' ? NaN : Number(text.replace(/,/g, ''));
  return Number.isFinite(n) ? Math.round(n * scale) : null;
};

/**
 * An amount typed in major units (yuan) and kept in minor units (fen): never negative, never a fraction
 * of a fen. The text typed is kept as typed ("236." on the way to "236.50"); a new amount from outside
 * (the balance filled in) replaces it.
 */
export const MoneyInput = forwardRef<HTMLInputElement, MoneyInputProps>(function MoneyInput({ valueMinor, onChangeMinor, ...rest }, ref) {
  const digits = useMinorDigits();
  const scale = 10 ** digits;
  const [text, setText] = useState<string | number>(valueMinor === null ? '' : valueMinor / scale);
  if (toMinor(text, scale) !== valueMinor) setText(valueMinor === null ? '' : valueMinor / scale);
  return (
    <NumberInput
      ref={ref}
      min={0}
      hideControls
      decimalScale={digits}
      fixedDecimalScale
      thousandSeparator=","
      value={text}
      onChange={(v) => {
        setText(v);
        onChangeMinor(toMinor(v, scale));
      }}
      {...rest}
    />
  );
});
