import { useState, type Dispatch, type SetStateAction } from 'react';

/**
 * Local state for editing a value read from the station: it starts from `seed` and starts again
 * whenever `seed` changes (the refetch after a save, another console's change); edits are kept until then.
 */
export function useSeededState<T>(seed: T | undefined, empty: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(seed ?? empty);
  const [seededFrom, setSeededFrom] = useState(seed);
  if (seed !== seededFrom) {
    setSeededFrom(seed);
    if (seed !== undefined) setValue(seed);
  }
  return [value, setValue];
}
