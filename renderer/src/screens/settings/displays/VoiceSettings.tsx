import { useEffect, useRef, useState } from 'react';
import { Button, Group, Input, Paper, SegmentedControl, Slider, Stack, Switch, TextInput, Title } from '@mantine/core';
import { IconVolume } from '@tabler/icons-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { settings as settingsSchema, type Settings } from '../../../../../shared/contract/settings.ts';
import { useOp, useOpMutation } from '../../../api/hooks.ts';
import { applyServerErrors, notifySuccess, useFieldErrorText } from '../../../components/errors.ts';
import { i18n } from '../../../i18n/index.ts';
import { Announcer } from '../../../screens/display/announcer.ts';
import { audioContext } from '../../../screens/display/chime.ts';
import { VoiceCheck } from './VoiceCheck.tsx';

const displayForm = settingsSchema.pick({
  voiceEnabled: true,
  voiceLanguages: true,
  voiceRepeat: true,
  voiceVolume: true,
  displayNotice: true,
});
type DisplayValues = z.input<typeof displayForm>;

/** The display's fields of the saved settings (the form's schema refuses the others, as the contract does). */
const displayValues = (s: Settings): DisplayValues => ({
  voiceEnabled: s.voiceEnabled,
  voiceLanguages: s.voiceLanguages,
  voiceRepeat: s.voiceRepeat,
  voiceVolume: s.voiceVolume,
  displayNotice: s.displayNotice,
});

/** The display's voice (on or off, languages, repeats, volume), a test of it here as set, and the notice line. */
export function VoiceSettings() {
  const { t } = useTranslation('display');
  const errorText = useFieldErrorText();
  const current = useOp('store.settings.get');
  const form = useForm<DisplayValues, unknown, z.output<typeof displayForm>>({ resolver: zodResolver(displayForm) });
  const save = useOpMutation('store.settings.update', {
    onSuccess: (saved) => {
      form.reset(displayValues(saved));
      notifySuccess(t('settings.saved'));
    },
    onError: (error) => applyServerErrors(t, error, form),
  });
  const data = current.data;
  useEffect(() => {
    if (data && !form.formState.isDirty) form.reset(displayValues(data));
  }, [data, form]);

  const announcer = useRef(new Announcer());
  const [testing, setTesting] = useState(false);
  const test = async () => {
    const values = form.getValues();
    setTesting(true);
    await audioContext()?.resume();
    const counter = (lang: 'zh-CN' | 'en') => i18n.getFixedT(lang, 'display')('settings.sampleCounter');
    await announcer.current.announce(
      { number: 'A012', counterNameZh: counter('zh-CN'), counterNameEn: counter('en') },
      { voiceEnabled: true, voiceLanguages: values.voiceLanguages, voiceRepeat: values.voiceRepeat, voiceVolume: values.voiceVolume },
    );
    setTesting(false);
  };

  if (!data) return null;
  const { errors } = form.formState;
  return (
    <Paper withBorder p="xl">
      <form noValidate onSubmit={(e) => void form.handleSubmit((values) => save.mutate(values))(e)}>
        <Stack gap="lg">
          <Title order={4}>{t('settings.voiceTitle')}</Title>
          <Controller
            control={form.control}
            name="voiceEnabled"
            render={({ field }) => (
              <Switch
                size="md"
                label={t('settings.voiceEnabled')}
                description={t('settings.voiceEnabledHint')}
                checked={!!field.value}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
              />
            )}
          />
          <Group gap="xl" align="flex-end">
            <Input.Wrapper label={t('settings.languages')} error={errorText(errors.voiceLanguages)}>
              <Controller
                control={form.control}
                name="voiceLanguages"
                render={({ field }) => (
                  <SegmentedControl
                    display="flex"
                    mt={4}
                    value={field.value}
                    onChange={field.onChange}
                    data={[
                      { value: 'zh-CN', label: t('settings.langZh') },
                      { value: 'en', label: t('settings.langEn') },
                      { value: 'both', label: t('settings.langBoth') },
                    ]}
                    data-testid="voice-languages"
                  />
                )}
              />
            </Input.Wrapper>
            <Input.Wrapper label={t('settings.repeat')} error={errorText(errors.voiceRepeat)}>
              <Controller
                control={form.control}
                name="voiceRepeat"
                render={({ field }) => (
                  <SegmentedControl
                    display="flex"
                    mt={4}
                    value={String(field.value)}
                    onChange={(v) => field.onChange(Number(v))}
                    data={['1', '2', '3']}
                    data-testid="voice-repeat"
                  />
                )}
              />
            </Input.Wrapper>
            <Input.Wrapper label={t('settings.volume')} error={errorText(errors.voiceVolume)} miw={200}>
              <Controller
                control={form.control}
                name="voiceVolume"
                render={({ field }) => (
                  <Slider
                    mt="sm"
                    min={10}
                    max={100}
                    step={10}
                    value={field.value}
                    onChange={field.onChange}
                    label={(v) => `${v}%`}
                    thumbLabel={t('settings.volume')}
                    data-testid="voice-volume"
                  />
                )}
              />
            </Input.Wrapper>
            <Button
              variant="light"
              leftSection={<IconVolume size={18} />}
              onClick={() => void test()}
              loading={testing}
              data-testid="test-voice"
            >
              {t('settings.test')}
            </Button>
          </Group>
          <VoiceCheck />
          <TextInput
            label={t('settings.notice')}
            description={t('settings.noticeHint')}
            maxLength={200}
            error={errorText(errors.displayNotice)}
            {...form.register('displayNotice')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} disabled={!form.formState.isDirty}>
              {t('settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
