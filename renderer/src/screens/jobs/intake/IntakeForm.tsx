import { useState } from 'react';
import { Badge, Button, Grid, Group, Kbd, NumberInput, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../../shared/contract/customers.ts';
import type { OpOutput } from '../../../../../shared/contract/index.ts';
import type { JobsSettings } from '../../../../../shared/contract/jobs-settings.ts';
import { currencyDigits, formatMoney, type Currency } from '../../../../../shared/money.ts';
import { isApiError } from '../../../api/errors.ts';
import { useOp, useOpMutation } from '../../../api/hooks.ts';
import { notifyError, translateFieldMessage } from '../../../components/errors.ts';
import { AccessoriesSection } from './AccessoriesSection.tsx';
import { ConditionSection } from './ConditionSection.tsx';
import { CustomerAssetSection } from './CustomerAssetSection.tsx';
import { emptyDraft, intakeInput, type IntakeDraft, type IntakeStart } from './draft.ts';
import { EstimateSection } from './EstimateSection.tsx';
import { FaultSection } from './FaultSection.tsx';
import { PromiseField } from './PromiseField.tsx';
import { SignatureSection } from './SignatureSection.tsx';
import { WarrantySection } from './WarrantySection.tsx';
import { useWarrantyCovers } from './useWarrantyPreview.ts';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text fw={600} mb="xs">
        {title}
      </Text>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

/** Shows the first refused field: scrolled into view. */
function revealField(key: string) {
  const at = document.querySelector(`[data-field="${key}"]`) ?? document.querySelector(`[data-field="${key.split('.')[0] ?? key}"]`);
  at?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/** The intake form: whose item, what is wrong, what came with it and in what state, the estimate, the warranty, and the signature. */
export function IntakeForm(props: {
  start: IntakeStart;
  settings: JobsSettings;
  currency: string;
  onSaved: (job: OpOutput<'jobs.intake'>, photos: Record<string, string[]>) => void;
  onCancel: () => void;
}) {
  const { start, settings, onSaved, onCancel } = props;
  const { t, i18n } = useTranslation('jobIntake');
  const currency = props.currency as Currency;
  const digits = currencyDigits(currency);
  const money = (major: number) => formatMoney(Math.round(major * 10 ** digits), currency, i18n.language);
  const [draft, setDraft] = useState<IntakeDraft>(() => emptyDraft(start));
  const [customer, setCustomer] = useState<CustomerSummary | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const warrantyCovers = useWarrantyCovers(draft);
  const set = <K extends keyof IntakeDraft>(key: K, value: IntakeDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const initial = useOp(
    'customers.get',
    { id: start.customerId ?? 0 },
    { enabled: start.customerId !== null && customer === null && draft.customerId !== null },
  );
  const shownCustomer = customer ?? (draft.customerId !== null ? (initial.data ?? null) : null);
  const assets = useOp(
    'assets.list',
    { customerId: draft.customerId ?? 0, includeInactive: false },
    { enabled: draft.customerId !== null },
  );
  const asset = assets.data?.find((a) => a.id === draft.assetId) ?? null;
  const kind = asset?.kind ?? 'device';
  const suggestion = useOp('jobs.promiseSuggestion', { serviceId: start.serviceId ?? null, assetKind: asset?.kind ?? 'none' });
  const conditionItems = settings.conditionChecklist.filter((i) => i.appliesTo.includes(kind));
  const accessoryItems = settings.accessoriesChecklist.filter((i) => i.appliesTo.includes(kind));
  const terms = i18n.language.startsWith('zh') ? settings.termsZh || settings.termsEn : settings.termsEn || settings.termsZh;

  const save = useOpMutation('jobs.intake', {
    onSuccess: (job) => onSaved(job, draft.photos),
    onError: (error) => {
      if (!isApiError(error) || Object.keys(error.fields).length === 0) {
        notifyError(t, error);
        return;
      }
      const marked = Object.fromEntries(Object.entries(error.fields).map(([k, m]) => [k, translateFieldMessage(t, m)]));
      setErrors(marked);
      const first = Object.keys(marked)[0];
      if (first) revealField(first);
    },
  });
  const submit = () => {
    const local: Record<string, string> = {};
    if (draft.customerId === null) local.customerId = t('validation:required');
    if (draft.fault.trim() === '') local.fault = t('validation:required');
    setErrors(local);
    const first = Object.keys(local)[0];
    if (first) revealField(first);
    else save.mutate(intakeInput(draft, start, digits, warrantyCovers));
  };
  useHotkeys([['mod+Enter', submit]], []);

  const chooseCustomer = (c: CustomerSummary | null) => {
    setCustomer(c);
    setDraft((d) => ({ ...d, customerId: c?.id ?? null, assetId: null }));
  };
  const depositMinor = Math.round(draft.deposit * 10 ** digits);

  return (
    <Stack gap="md" pb="xl">
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={2}>{t('title')}</Title>
          <Badge variant="light" data-testid="intake-source">
            {t(`source.${start.source.kind}`)}
          </Badge>
        </Group>
        <Group gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending} rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>} data-testid="intake-save">
            {t('save')}
          </Button>
        </Group>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <Section title={t('sections.customer')}>
              <CustomerAssetSection
                customer={shownCustomer}
                onCustomer={chooseCustomer}
                assetId={draft.assetId}
                onAsset={(id) => set('assetId', id)}
                mileageKm={draft.mileageKm}
                onMileage={(km) => set('mileageKm', km)}
                errors={errors}
              />
            </Section>
            <Section title={t('sections.fault')}>
              <FaultSection
                value={draft.fault}
                onChange={(v) => set('fault', v)}
                faults={settings.commonFaults[kind]}
                error={errors.fault}
              />
            </Section>
            <Section title={t('sections.accessories')}>
              <AccessoriesSection items={accessoryItems} value={draft.accessories} onChange={(v) => set('accessories', v)} />
            </Section>
            <Section title={t('sections.condition')}>
              <ConditionSection
                items={conditionItems}
                value={draft.condition}
                onChange={(v) => set('condition', v)}
                photos={draft.photos}
                onPhotos={(v) => set('photos', v)}
                errors={errors}
              />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <Section title={t('sections.estimate')}>
              <EstimateSection
                lines={draft.lines}
                onChange={(v) => set('lines', v)}
                money={money}
                decimals={digits}
                errors={errors}
                warrantyCovers={warrantyCovers}
              />
              <Group grow align="flex-start">
                <NumberInput
                  label={t('deposit')}
                  min={0}
                  decimalScale={digits}
                  value={draft.deposit}
                  onChange={(v) => set('deposit', typeof v === 'number' ? v : 0)}
                  description={depositMinor > 0 ? formatMoney(depositMinor, currency, i18n.language) : undefined}
                  error={errors.depositMinor}
                  data-testid="intake-deposit"
                />
                <PromiseField
                  value={draft.promisedReadyAt}
                  suggested={suggestion.data}
                  onChange={(v) => set('promisedReadyAt', v)}
                  error={errors.promisedReadyAt}
                />
              </Group>
              <PasswordInput
                label={t('passcode')}
                description={t('passcodeHint')}
                value={draft.passcode}
                maxLength={60}
                autoComplete="off"
                onChange={(e) => set('passcode', e.currentTarget.value)}
                error={errors.passcode}
                data-testid="intake-passcode"
              />
            </Section>
            <Section title={t('sections.warranty')}>
              <WarrantySection
                rules={settings.warrantyRules}
                conditionKeys={new Set(settings.conditionChecklist.map((i) => i.key))}
                value={draft.warranty}
                onChange={(v) => set('warranty', v)}
                override={draft.override}
                onOverride={(v) => set('override', v)}
                facts={draft}
                errors={errors}
              />
            </Section>
            <Section title={t('sections.signature')}>
              <SignatureSection terms={terms} value={draft.signature} onChange={(v) => set('signature', v)} error={errors.signature} />
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
