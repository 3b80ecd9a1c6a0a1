import { NumberInput, type NumberInputProps } from '@mantine/core';
import { forwardRef } from 'react';
import { useMinorDigits } from '../jobs/useMoney.ts';

type MoneyInputProps = Omit<NumberInputProps, 'value' | 'onChange' | 'decimalScale'> & {
  /** Minor units (fen); null while the field is empty. */
  valueMinor: number | null;
  onChangeMinor: (minor: number | null) => void;
};

/** An amount typed in major units (yuan) and kept in minor units (fen): never negative, never a fraction of a fen. */
export const MoneyInput = forwardRef<HTMLInputElement, MoneyInputProps>(function MoneyInput({ valueMinor, onChangeMinor, ...rest }, ref) {
  const digits = useMinorDigits();
  const scale = 10 ** digits;
  return (
    <NumberInput
      ref={ref}
      min={0}
      hideControls
      decimalScale={digits}
      thousandSeparator=","
      value={valueMinor === null ? '' : valueMinor / scale}
      onChange={(v) => onChangeMinor(v === '' || typeof v !== 'number' ? null : Math.round(v * scale))}
      {...rest}
    />
  );
});
