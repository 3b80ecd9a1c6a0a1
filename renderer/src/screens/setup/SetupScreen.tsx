import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Container,
  Grid,
  Group,
  Modal,
  Paper,
  PasswordInput,
  Select,
  Stack,
  Stepper,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconBuilding, IconCircleCheck, IconShield, IconSparkles } from '@tabler/icons-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormProvider, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { contract, type OpOutput } from '../../../../shared/contract/index.ts';
import { LOCALES, type Locale } from '../../../../shared/contract/fields.ts';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/hooks.ts';
import type { ApiError } from '../../api/errors.ts';
import { LanguageSwitch } from '../../app/LanguageSwitch.tsx';
import { applyServerErrors, notifyError, notifySuccess, useFieldErrorText } from '../../components/errors.ts';
import { StoreProfileFields, browserTimeZone } from '../../components/StoreProfileFields.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { STATUS } from '../../theme.ts';

const initializeInput = contract['setup.initialize'].input;

/** The contract's setup input, plus the PIN typed twice. */
const setupForm = initializeInput
  .extend({ admin: initializeInput.shape.admin.extend({ pinConfirm: z.string() }) })
  .refine((v) => v.admin.pin === v.admin.pinConfirm, { path: ['admin', 'pinConfirm'], message: 'validation:pinsDiffer' });
type SetupValues = z.input<typeof setupForm>;

const STEP_FIELDS: FieldPath<SetupValues>[][] = [
  [
    'profile.name',
    'profile.address',
    'profile.phone',
    'profile.currency',
    'profile.taxMode',
    'profile.taxRateBp',
    'profile.locale',
    'profile.timeZone',
  ],
  ['admin.name', 'admin.pin', 'admin.pinConfirm'],
];

function defaults(locale: Locale): SetupValues {
  const zh = locale === 'zh-CN';
  return {
    profile: {
      name: '',
      address: '',
      phone: '',
      currency: zh ? 'CNY' : 'USD',
      taxMode: zh ? 'inclusive' : 'exclusive',
      taxRateBp: zh ? 600 : 0,
      locale,
      timeZone: browserTimeZone(),
    },
    admin: { name: '', pin: '', pinConfirm: '' },
  };
}

/** First run: the store profile and the first admin, or the demo store. */
export function SetupScreen() {
  const { t } = useTranslation('setup');
  const queryClient = useQueryClient();
  const [step, setStep] = useState(0);
  const errorText = useFieldErrorText();
  const form = useForm<SetupValues, unknown, z.output<typeof setupForm>>({
    resolver: zodResolver(setupForm),
    defaultValues: defaults(currentLocale()),
    mode: 'onTouched',
  });
  const { errors } = form.formState;

  const initialize = useMutation<OpOutput<'setup.initialize'>, ApiError, z.output<typeof setupForm>>({
    mutationFn: (values) =>
      api.call('setup.initialize', { profile: values.profile, admin: { name: values.admin.name, pin: values.admin.pin } }),
    onSuccess: async () => {
      notifySuccess(t('created'));
      await queryClient.invalidateQueries({ queryKey: ['setup.status'] });
    },
    onError: (error) => {
      const keys = Object.keys(error.fields);
      if (keys.some((k) => k.startsWith('profile.'))) setStep(0);
      else if (keys.some((k) => k.startsWith('admin.'))) setStep(1);
      applyServerErrors(t, error, form);
    },
  });

  const next = async () => {
    const fields = STEP_FIELDS[step];
    if (fields && (await form.trigger(fields, { shouldFocus: true }))) setStep(step + 1);
  };

  const status = useOp('setup.status');
  const profile = useWatch({ control: form.control, name: 'profile' });
  const adminName = useWatch({ control: form.control, name: 'admin.name' });

  return (
    <Box
      mih="100%"
      py={40}
      style={{ background: 'linear-gradient(180deg, var(--mantine-color-indigo-0) 0%, var(--mantine-color-gray-0) 320px)' }}
    >
      <Container size={1120}>
        <Group justify="space-between" mb="xl">
          <Box>
            <Title order={1}>{t('title')}</Title>
            <Text c="dimmed" size="lg">
              {t('subtitle')}
            </Text>
          </Box>
          <LanguageSwitch size="sm" />
        </Group>
        {status.data?.fromDemo && (
          <Alert color={STATUS.demo} variant="light" mb="xl" data-testid="from-demo">
            {t('fromDemo')}
          </Alert>
        )}
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Paper withBorder shadow="sm" p="xl">
              <FormProvider {...form}>
                <form
                  noValidate
                  onSubmit={(e) =>
                    void form.handleSubmit(
                      (v) => initialize.mutate(v),
                      () => setStep(errors.profile ? 0 : 1),
                    )(e)
                  }
                >
                  <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} size="sm" mb="xl" wrap={false}>
                    <Stepper.Step label={t('steps.store')} description={t('steps.storeHint')} icon={<IconBuilding size={18} />}>
                      <StoreProfileFields prefix="profile." autoFocus />
                    </Stepper.Step>
                    <Stepper.Step label={t('steps.admin')} description={t('steps.adminHint')} icon={<IconShield size={18} />}>
                      <Stack gap="sm" maw={420}>
                        <TextInput
                          label={t('fields.adminName')}
                          description={t('fields.adminNameHint')}
                          withAsterisk
                          autoFocus
                          data-autofocus
                          error={errorText(errors.admin?.name)}
                          {...form.register('admin.name')}
                        />
                        <PasswordInput
                          label={t('fields.pin')}
                          description={t('fields.pinHint')}
                          withAsterisk
                          inputMode="numeric"
                          autoComplete="new-password"
                          maxLength={8}
                          error={errorText(errors.admin?.pin)}
                          {...form.register('admin.pin')}
                        />
                        <PasswordInput
                          label={t('fields.pinConfirm')}
                          withAsterisk
                          inputMode="numeric"
                          autoComplete="new-password"
                          maxLength={8}
                          error={errorText(errors.admin?.pinConfirm)}
                          {...form.register('admin.pinConfirm')}
                        />
                      </Stack>
                    </Stepper.Step>
                    <Stepper.Step label={t('steps.review')} description={t('steps.reviewHint')} icon={<IconCircleCheck size={18} />}>
                      <Text c="dimmed" mb="md">
                        {t('review.intro')}
                      </Text>
                      <Table variant="vertical" withTableBorder layout="fixed">
                        <Table.Tbody>
                          <ReviewRow label={t('fields.name')} value={profile.name} />
                          <ReviewRow label={t('fields.address')} value={profile.address} />
                          <ReviewRow label={t('fields.phone')} value={profile.phone} />
                          <ReviewRow label={t('fields.currency')} value={profile.currency} />
                          <ReviewRow
                            label={t('fields.taxMode')}
                            value={`${t(`taxModes.${profile.taxMode}`)}${profile.taxMode === 'none' ? '' : ` · ${(Number(profile.taxRateBp) / 100).toFixed(2)}%`}`}
                          />
                          <ReviewRow label={t('fields.locale')} value={t(`common:language.${profile.locale}`)} />
                          <ReviewRow label={t('fields.timeZone')} value={profile.timeZone} />
                          <ReviewRow label={t('review.admin')} value={`${adminName} · ${t('review.pinHidden')}`} />
                        </Table.Tbody>
                      </Table>
                    </Stepper.Step>
                  </Stepper>
                  <Group justify="space-between" mt="xl">
                    <Button variant="default" onClick={() => setStep(step - 1)} disabled={step === 0}>
                      {t('common:actions.back')}
                    </Button>
                    {/* Distinct keys: the click on "Next" must not land on a submit button rendered in its place. */}
                    {step < 2 ? (
                      <Button key="next" onClick={() => void next()}>
                        {t('common:actions.next')}
                      </Button>
                    ) : (
                      <Button key="create" type="submit" loading={initialize.isPending}>
                        {t('create')}
                      </Button>
                    )}
                  </Group>
                </form>
              </FormProvider>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <DemoCard />
          </Grid.Col>
        </Grid>
      </Container>
    </Box>
  );
}

function ReviewRow({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Th w={200}>{label}</Table.Th>
      <Table.Td>{value || t('none')}</Table.Td>
    </Table.Tr>
  );
}

/** "Try the demo store": loads it, then shows every demo PIN before going to sign-in. */
function DemoCard() {
  const { t } = useTranslation('setup');
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [locale, setLocale] = useState<Locale>(currentLocale());
  const load = useMutation<OpOutput<'setup.loadDemo'>, ApiError, Locale>({
    mutationFn: (demoLocale) => api.call('setup.loadDemo', { locale: demoLocale }),
    onSuccess: () => setConfirming(false),
    onError: (error) => notifyError(t, error),
  });

  const goToSignIn = () => void queryClient.invalidateQueries({ queryKey: ['setup.status'] });

  return (
    <>
      <Paper withBorder p="xl" style={{ borderColor: 'var(--mantine-color-orange-3)', background: 'var(--mantine-color-orange-0)' }}>
        <Stack gap="sm">
          <Group gap="xs">
            <IconSparkles size={22} color="var(--mantine-color-orange-7)" />
            <Title order={4}>{t('demo.title')}</Title>
          </Group>
          <Text size="sm">{t('demo.text')}</Text>
          <Button color={STATUS.demo} variant="light" onClick={() => setConfirming(true)}>
            {t('demo.button')}
          </Button>
        </Stack>
      </Paper>

      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('demo.confirmTitle')}>
        <Stack>
          <Text size="sm">{t('demo.confirmText')}</Text>
          <Select
            label={t('demo.language')}
            data={LOCALES.map((l) => ({ value: l, label: t(`common:language.${l}`) }))}
            value={locale}
            onChange={(v) => v && setLocale(v)}
            allowDeselect={false}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common:actions.cancel')}
            </Button>
            <Button color={STATUS.demo} loading={load.isPending} onClick={() => load.mutate(locale)} data-autofocus>
              {t('demo.load')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal
        opened={load.isSuccess}
        onClose={goToSignIn}
        title={t('demo.readyTitle')}
        size="lg"
        withCloseButton={false}
        closeOnClickOutside={false}
      >
        <Stack>
          <Alert color={STATUS.demo} variant="light">
            {t('demo.readyText')}
          </Alert>
          <Table striped withTableBorder data-testid="demo-staff">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('staffTable.name')}</Table.Th>
                <Table.Th>{t('staffTable.role')}</Table.Th>
                <Table.Th>{t('staffTable.pin')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {load.data?.staff.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td>{t(`roles:${s.role}`)}</Table.Td>
                  <Table.Td ff="monospace" fw={600}>
                    {s.pin}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="flex-end">
            <Button onClick={goToSignIn} data-autofocus>
              {t('demo.go')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
