import { useEffect } from 'react';
import {
  Button,
  Checkbox,
  Divider,
  Group,
  Input,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EXCLUSIONS, warrantyRule, type WarrantyRule } from '../../../../../shared/contract/warranty-rules.ts';
import { useFieldErrorText } from '../../../components/errors.ts';
import { NumberField } from '../queue/NumberField.tsx';
import { newChecklistKey } from './checklistKey.ts';
import { categoryText } from './ruleText.ts';
import { WindowFields } from './WindowFields.tsx';

/** The rule being edited (its place in the list), or a new one; null when the dialog is closed. */
export type RuleDialogState = { index: number | null; rule: WarrantyRule } | null;

interface RuleDialogProps {
  state: RuleDialogState;
  /** The categories to choose from for a new rule, and the parts each has already. */
  categories: string[];
  partsTaken: (category: string) => Set<string>;
  onApply: (index: number | null, rule: WarrantyRule) => void;
  onRemove: (index: number) => void;
  onClose: () => void;
}

/** One warranty rule: its names, windows, period, remedy and exclusions, checked before it goes back to the card. */
export function RuleDialog({ state, categories, partsTaken, onApply, onRemove, onClose }: RuleDialogProps) {
  const { t } = useTranslation('jobSettings');
  const errorText = useFieldErrorText();
  const form = useForm<WarrantyRule>({ resolver: zodResolver(warrantyRule) });
  useEffect(() => {
    if (state) form.reset(state.rule);
  }, [state, form]);
  const isNew = state?.index === null;
  const { errors } = form.formState;
  const d = (key: string) => t(`warranty.dialog.${key}`);
  const apply = form.handleSubmit((rule) => {
    const part = isNew ? newChecklistKey(rule.nameEn, partsTaken(rule.category)) : rule.part;
    onApply(state?.index ?? null, { ...rule, part });
  });
  const title = state && !isNew ? t('warranty.dialog.editTitle', { name: state.rule.nameZh || state.rule.nameEn }) : d('addTitle');

  return (
    <Modal opened={state !== null} onClose={onClose} title={title} size="xl">
      <form
        noValidate
        onSubmit={(e) => {
          // The dialog sits inside the card's form in React's tree: its submit must not save the card.
          e.stopPropagation();
          void apply(e);
        }}
        data-testid="rule-dialog"
      >
        <Stack>
          <SimpleGrid cols={3}>
            <Controller
              control={form.control}
              name="category"
              render={({ field }) => (
                <Select
                  label={d('category')}
                  data={categories.map((c) => ({ value: c, label: categoryText(t, c) }))}
                  value={field.value}
                  onChange={(v) => field.onChange(v ?? field.value)}
                  disabled={!isNew}
                  allowDeselect={false}
                  error={errorText(errors.category)}
                />
              )}
            />
            <TextInput label={d('nameZh')} maxLength={40} error={errorText(errors.nameZh)} data-autofocus {...form.register('nameZh')} />
            <TextInput label={d('nameEn')} maxLength={60} error={errorText(errors.nameEn)} {...form.register('nameEn')} />
          </SimpleGrid>
          <Divider />
          <SimpleGrid cols={2} spacing="xl">
            <WindowFields form={form} name="returnWindow" />
            <WindowFields form={form} name="exchangeWindow" />
          </SimpleGrid>
          <Divider />
          <Input.Wrapper label={d('period')}>
            <Group grow align="flex-start" mt={4}>
              <NumberField
                control={form.control}
                name="period.count"
                label={d('count')}
                min={1}
                max={600}
                error={errorText(errors.period?.count)}
              />
              <Controller
                control={form.control}
                name="period.unit"
                render={({ field }) => (
                  <Input.Wrapper label={d('unit')}>
                    <SegmentedControl
                      fullWidth
                      value={field.value}
                      onChange={field.onChange}
                      data={(['months', 'days'] as const).map((u) => ({ value: u, label: t(`warranty.dialog.units.${u}`) }))}
                    />
                  </Input.Wrapper>
                )}
              />
              <NumberField
                control={form.control}
                name="period.km"
                label={d('km')}
                description={d('kmHint')}
                suffix={t('warranty.kmSuffix')}
                nullable
                placeholder={t('warranty.dialog.noLimit')}
                min={1}
                max={10_000_000}
                error={errorText(errors.period?.km)}
              />
            </Group>
          </Input.Wrapper>
          <Group align="flex-end" grow>
            <Controller
              control={form.control}
              name="remedy"
              render={({ field }) => (
                <Input.Wrapper label={d('remedy')}>
                  <SegmentedControl
                    fullWidth
                    value={field.value}
                    onChange={field.onChange}
                    data={(['repair', 'exchange'] as const).map((r) => ({ value: r, label: t(`warranty.remedies.${r}`) }))}
                  />
                </Input.Wrapper>
              )}
            />
            <Controller
              control={form.control}
              name="extendByRepairTime"
              render={({ field }) => (
                <Switch
                  label={d('extendByRepairTime')}
                  checked={field.value}
                  onChange={(e) => field.onChange(e.currentTarget.checked)}
                  mb={6}
                />
              )}
            />
          </Group>
          <Controller
            control={form.control}
            name="exclusions"
            render={({ field }) => (
              <Checkbox.Group
                label={d('exclusions')}
                value={field.value}
                onChange={field.onChange}
                error={errorText(errors.exclusions as FieldError | undefined)}
              >
                <SimpleGrid cols={3} mt="xs" spacing="xs">
                  {EXCLUSIONS.map((x) => (
                    <Checkbox key={x} value={x} label={t(`warranty:exclusions.${x}`)} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            )}
          />
          <Group justify="space-between" mt="sm">
            <div>
              {state && state.index !== null && (
                <Button variant="subtle" color="red" onClick={() => state.index !== null && onRemove(state.index)}>
                  {d('remove')}
                </Button>
              )}
            </div>
            <Group>
              <Button variant="default" onClick={onClose}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" data-testid="rule-apply">
                {d('apply')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
