import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CashierSettings } from '../../../../shared/contract/cashier-settings.ts';
import { nameIn } from '../../../../shared/names.ts';
import { useOp } from '../../api/hooks.ts';

const KEY = 'frontdesk.till';

function remembered(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export interface TillChoice {
  settings: CashierSettings | undefined;
  /** The till this computer takes money at: the one chosen here before, else the first. */
  till: string | null;
  tillName: string;
  choose: (key: string) => void;
}

/** The till this computer sits at, remembered on the device (like the counter of the queue screen). */
export function useTill(): TillChoice {
  const { i18n } = useTranslation();
  const settings = useOp('cashier.settings.get');
  const [chosen, setChosen] = useState<string | null>(remembered);
  const tills = settings.data?.tills ?? [];
  const current = tills.find((t) => t.key === chosen) ?? tills[0];
  const choose = (key: string) => {
    try {
      localStorage.setItem(KEY, key);
    } catch {
      // Without storage the choice lasts until the page is reloaded.
    }
    setChosen(key);
  };
  return {
    settings: settings.data,
    till: current?.key ?? null,
    tillName: current ? nameIn(i18n.language, current) : '',
    choose,
  };
}
