import { expect } from 'vitest';
import { AppError } from '../../shared/errors.ts';

/** The AppError `p` was refused with; fails the test if `p` resolved or failed with anything else. */
export async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}
