import type { Ref } from 'react';
import { PasswordInput, type PasswordInputProps } from '@mantine/core';

type PinInputProps = PasswordInputProps & { ref?: Ref<HTMLInputElement>; 'data-autofocus'?: boolean };

/**
 * A new PIN and its confirmation: two numeric password fields of up to 8 digits that the browser
 * treats as a new password. Each side takes its own label, error and registration.
 */
export function PinPairFields({ pin, confirm, withAsterisk }: { pin: PinInputProps; confirm: PinInputProps; withAsterisk?: boolean }) {
  return (
    <>
      <PasswordInput inputMode="numeric" maxLength={8} autoComplete="new-password" withAsterisk={withAsterisk} {...pin} />
      <PasswordInput inputMode="numeric" maxLength={8} autoComplete="new-password" withAsterisk={withAsterisk} {...confirm} />
    </>
  );
}
