import { useEffect, useMemo } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { cashierSettings, type CashierSettings } from '../../../../../shared/contract/cashier-settings.ts';
import { useOpMutation } from '../../../api/hooks.ts';
import { applyServerErrors, notifySuccess } from '../../../components/errors.ts';

type Part<K extends keyof CashierSettings> = Pick<CashierSettings, K>;

export interface CashierSettingsForm<K extends keyof CashierSettings> {
  form: UseFormReturn<Part<K>>;
  submit: (e?: React.BaseSyntheticEvent) => Promise<void>;
  saving: boolean;
}

/**
 * One card's form over some of the cashier settings (as the jobs settings' cards do): checked by the
 * contract's own schema, saved as a partial patch, the station's field errors put on the fields they
 * name, a notification when saved.
 */
export function useCashierSettingsForm<K extends keyof CashierSettings>(
  settings: CashierSettings,
  keys: readonly K[],
): CashierSettingsForm<K> {
  const { t } = useTranslation('cashierSettings');
  const names = keys.join();
  const resolver = useMemo(() => {
    const pick = Object.fromEntries(names.split(',').map((k) => [k, true])) as Record<keyof CashierSettings, true>;
    return zodResolver(cashierSettings.pick(pick) as unknown as z.ZodType<Part<K>, Part<K>>);
  }, [names]);
  const current = Object.fromEntries(keys.map((k) => [k, settings[k]])) as Part<K>;
  const form = useForm<Part<K>>({ resolver, defaultValues: current as DefaultValues<Part<K>> });
  const save = useOpMutation('cashier.settings.set', {
    onSuccess: (saved) => {
      form.reset(Object.fromEntries(keys.map((k) => [k, saved[k]])) as Part<K>);
      notifySuccess(t('saved'));
    },
    onError: (error) => applyServerErrors(t, error, form),
  });
  const json = JSON.stringify(current);
  useEffect(() => {
    if (!form.formState.isDirty) form.reset(JSON.parse(json) as Part<K>);
  }, [json, form]);
  return { form, submit: form.handleSubmit((values) => save.mutate(values)), saving: save.isPending };
}
