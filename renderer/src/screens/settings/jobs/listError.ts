import type { FieldError } from 'react-hook-form';

/** A list's own error ("needs at least one rule"), wherever the form put it: on the list or its `root`. */
export function listError(errors: unknown): FieldError | undefined {
  if (errors === null || typeof errors !== 'object') return undefined;
  const list = errors as { root?: FieldError; message?: unknown };
  if (list.root) return list.root;
  return typeof list.message === 'string' ? (errors as FieldError) : undefined;
}
