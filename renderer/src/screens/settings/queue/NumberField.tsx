import { NumberInput } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

interface NumberFieldProps<T extends FieldValues, O> {
  control: Control<T, unknown, O>;
  name: Path<T>;
  label: string;
  description?: string;
  error?: string;
  min: number;
  max: number;
  suffix?: string;
  /** An empty box means null (no cap, no warning) instead of "required". */
  nullable?: boolean;
  placeholder?: string;
  withAsterisk?: boolean;
}

/** A whole-number field bound to a form value; an empty box is null when the field allows it. */
export function NumberField<T extends FieldValues, O>({ control, name, nullable, ...props }: NumberFieldProps<T, O>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          {...props}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          allowDecimal={false}
          allowNegative={false}
          value={typeof field.value === 'number' && Number.isFinite(field.value) ? field.value : ''}
          onChange={(v) => field.onChange(v === '' ? (nullable ? null : Number.NaN) : Number(v))}
          onBlur={field.onBlur}
          ref={field.ref}
        />
      )}
    />
  );
}
