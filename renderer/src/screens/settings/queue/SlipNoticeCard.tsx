import { useEffect } from 'react';
import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { settings as settingsSchema } from '../../../../../shared/contract/settings.ts';
import { useOp, useOpMutation } from '../../../api/hooks.ts';
import { applyServerErrors, notifySuccess, useFieldErrorText } from '../../../components/errors.ts';
import { i18n } from '../../../i18n/index.ts';
import { useSignedIn } from '../../../session/session.tsx';

const noticeForm = settingsSchema.pick({ queueSlipNotice: true });
type NoticeValues = z.input<typeof noticeForm>;

/** The line at the foot of every queue slip; empty prints the standard one in the store's language. */
export function SlipNoticeCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation('queue');
  const errorText = useFieldErrorText();
  const { profile } = useSignedIn();
  const current = useOp('store.settings.get');
  const form = useForm<NoticeValues>({ resolver: zodResolver(noticeForm), defaultValues: { queueSlipNotice: '' } });
  const save = useOpMutation('store.settings.update', {
    onSuccess: (saved) => {
      form.reset({ queueSlipNotice: saved.queueSlipNotice });
      notifySuccess(t('settings.notice.saved'));
    },
    onError: (error) => applyServerErrors(t, error, form),
  });
  const saved = current.data?.queueSlipNotice;
  useEffect(() => {
    if (saved !== undefined && !form.formState.isDirty) form.reset({ queueSlipNotice: saved });
  }, [saved, form]);
  // What prints when the notice is empty: the slip's own standard line, in the store's language.
  const standard = i18n.getFixedT(profile.locale, 'print')('queueSlip.defaultNotice');

  return (
    <Paper withBorder p="lg">
      <form noValidate onSubmit={(e) => void form.handleSubmit((values) => save.mutate(values))(e)}>
        <Stack>
          <Title order={4}>{t('settings.notice.title')}</Title>
          <Group align="flex-start" wrap="nowrap">
            <TextInput
              label={t('settings.notice.label')}
              description={t('settings.notice.hint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              placeholder={standard}
              maxLength={120}
              readOnly={!canEdit}
              error={errorText(form.formState.errors.queueSlipNotice)}
              style={{ flex: 1 }}
              {...form.register('queueSlipNotice')}
            />
            {canEdit && (
              <Button type="submit" mt={25} loading={save.isPending} disabled={!form.formState.isDirty}>
                {t('settings.save')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
