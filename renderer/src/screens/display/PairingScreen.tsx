import { useState } from 'react';
import { format } from 'date-fns';
import { Alert, Box, Button, Center, Input, Paper, PinInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { pairingCode } from '../../../../shared/contract/devices.ts';
import { text } from '../../../../shared/contract/fields.ts';
import { isApiError } from '../../api/errors.ts';
import { errorText, fieldErrorText } from '../../components/errors.ts';
import { i18n } from '../../i18n/index.ts';
import { displayCall } from './connection.ts';

const pairForm = z.object({ code: pairingCode, name: text(40) });
type PairForm = z.input<typeof pairForm>;

/**
 * A TV browser that has not been paired: the admin shows a 6-digit code in Settings › Displays, and
 * it is entered here with a name for the screen. Worded in the store's language.
 */
export function PairingScreen({ removed, onPaired }: { removed: boolean; onPaired: (token: string) => void }) {
  const status = useQuery({
    queryKey: ['display', 'setup.status'],
    queryFn: () => displayCall('setup.status', {}, null),
    staleTime: 60_000,
  });
  const locale = status.data?.locale ?? (navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');
  const t = i18n.getFixedT(locale, 'display');
  const tAll = i18n.getFixedT(locale);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<PairForm, unknown, z.output<typeof pairForm>>({
    resolver: zodResolver(pairForm),
    defaultValues: { code: '', name: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    try {
      const { token } = await displayCall('display.pair', values, null);
      onPaired(token);
    } catch (error) {
      if (!isApiError(error)) return setProblem(errorText(tAll, error));
      if (error.code === 'WRONG_PIN')
        form.setError('code', { type: 'server', message: t('pair.wrong', { attemptsLeft: error.params.attemptsLeft }) });
      else if (error.code === 'LOCKED') setProblem(t('pair.locked', { lockedUntil: format(String(error.params.lockedUntil), 'HH:mm') }));
      else if (error.code === 'VALIDATION') {
        for (const [field, message] of Object.entries(error.fields)) {
          if (field === 'code' || field === 'name')
            form.setError(field, { type: 'server', message: fieldErrorText(tAll, { type: 'validate', message }) });
        }
      } else setProblem(errorText(tAll, error));
      form.setValue('code', '');
    }
  });

  return (
    <Box
      mih="100vh"
      style={{ background: 'radial-gradient(120% 90% at 20% 0%, #23346e 0%, #121c42 55%, #0b1230 100%)' }}
      data-testid="display-pairing"
      lang={locale}
    >
      <Center mih="100vh" p="xl">
        <Stack align="center" gap="xl" maw={560} w="100%">
          <Title order={1} c="white" fz={44} ta="center">
            {status.data?.storeName ?? t('storeFallback')}
          </Title>
          <Paper p="xl" w="100%" shadow="xl">
            <form noValidate onSubmit={(e) => void submit(e)}>
              <Stack gap="lg">
                <Title order={2}>{t('pair.title')}</Title>
                <Text c="dimmed">{t('pair.intro')}</Text>
                {removed && (
                  <Alert color="yellow" variant="light">
                    {t('pair.removed')}
                  </Alert>
                )}
                {problem && (
                  <Alert color="red" variant="light" role="alert">
                    {problem}
                  </Alert>
                )}
                <Input.Wrapper label={t('pair.code')} error={fieldErrorText(tAll, errors.code)} size="lg">
                  <Controller
                    control={form.control}
                    name="code"
                    render={({ field }) => (
                      <PinInput
                        length={6}
                        type="number"
                        oneTimeCode
                        size="xl"
                        autoFocus
                        mt={6}
                        value={field.value}
                        onChange={field.onChange}
                        error={!!errors.code}
                        aria-label={t('pair.code')}
                        data-testid="pairing-code"
                      />
                    )}
                  />
                </Input.Wrapper>
                <TextInput
                  size="lg"
                  label={t('pair.name')}
                  placeholder={t('pair.namePlaceholder')}
                  maxLength={40}
                  error={fieldErrorText(tAll, errors.name)}
                  {...form.register('name')}
                />
                <Button type="submit" size="lg" loading={isSubmitting}>
                  {t('pair.submit')}
                </Button>
              </Stack>
            </form>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
