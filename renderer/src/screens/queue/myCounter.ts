import { useState } from 'react';

const KEY = 'frontdesk.counterId';

function remembered(): number | null {
  try {
    const value = Number(localStorage.getItem(KEY));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

/** The counter this computer sits at, remembered on the device (not per staff member). */
export function useMyCounter(): [number | null, (id: number | null) => void] {
  const [counterId, setCounterId] = useState<number | null>(remembered);
  const choose = (id: number | null) => {
    try {
      if (id === null) localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, String(id));
    } catch {
      // Without storage the choice lasts until the page is reloaded.
    }
    setCounterId(id);
  };
  return [counterId, choose];
}
