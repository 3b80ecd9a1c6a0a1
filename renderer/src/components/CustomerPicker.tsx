import { useEffect, useState, type Ref } from 'react';
import { ActionIcon, Combobox, Group, Input, InputBase, Kbd, Loader, Paper, Stack, Text, Tooltip, useCombobox } from '@mantine/core';
import { IconSearch, IconUserPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../shared/contract/customers.ts';
import { api } from '../api/client.ts';
import { formatPhone } from '../../../shared/identifiers.ts';
import { CustomerDialog, draftFromQuery, type CustomerDraft } from './CustomerDialog.tsx';
import { useCustomerSearch } from './useCustomerSearch.ts';
import { notifyError } from './errors.ts';
import { VipBadge } from './VipBadge.tsx';

const CREATE = '__create__';
const SHOWN = 8;

function LabelWithKey({ label, keyName }: { label: string; keyName: string }) {
  return (
    <Group gap={6} component="span" wrap="nowrap" style={{ display: 'inline-flex' }}>
      {label}
      <Kbd size="xs">{keyName}</Kbd>
    </Group>
  );
}

function Summary({ customer }: { customer: CustomerSummary }) {
  return (
    <Stack gap={0} miw={0}>
      <Group gap={6} wrap="nowrap">
        <Text fw={600} truncate>
          {customer.name}
        </Text>
        {customer.vip && <VipBadge size="xs" />}
      </Group>
      <Text size="xs" c="dimmed" truncate>
        {customer.phones.map(formatPhone).join(' · ')}
      </Text>
    </Stack>
  );
}

/**
 * Chooses a customer by typing phone digits (the last four), a name or its pinyin initials; ↑ ↓ and
 * Enter pick one. With `allowCreate` the last option creates a customer from what was typed. Once
 * chosen it shows the customer with a button to remove the choice.
 */
export function CustomerPicker(props: {
  value: CustomerSummary | null;
  onChange: (c: CustomerSummary | null) => void;
  label?: string;
  autoFocus?: boolean;
  allowCreate?: boolean;
  /** The search box, for a screen's key that focuses it. */
  inputRef?: Ref<HTMLInputElement>;
  /** Shown at the end of the label: the key that reaches the box. */
  labelKey?: string;
}) {
  const { value, onChange, label, autoFocus, allowCreate, inputRef, labelKey } = props;
  const { t } = useTranslation('customers');
  const [q, setQ] = useState('');
  const [draft, setDraft] = useState<CustomerDraft | null>(null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const search = useCustomerSearch(q, SHOWN, { enabled: combobox.dropdownOpened });
  const results = q.trim() === '' || search.query === '' ? [] : (search.data ?? []);

  // The first match is ready for Enter as soon as the results arrive.
  useEffect(() => {
    if (combobox.dropdownOpened && search.settled) combobox.selectFirstOption();
  }, [search.data, search.settled, combobox]);

  const choose = (c: CustomerSummary | null) => {
    onChange(c);
    setQ('');
    combobox.closeDropdown();
  };

  const dialog = (
    <CustomerDialog
      opened={draft !== null}
      draft={draft ?? undefined}
      onClose={() => setDraft(null)}
      onSaved={(c) => choose({ id: c.id, name: c.name, phones: c.phones, tags: c.tags, vip: c.vip })}
      onOpenExisting={(id) => {
        // The customer who already has the phone becomes the choice.
        api
          .call('customers.get', { id })
          .then((c) => choose({ id: c.id, name: c.name, phones: c.phones, tags: c.tags, vip: c.vip }))
          .catch((error: unknown) => notifyError(t, error));
      }}
    />
  );

  if (value) {
    return (
      <Input.Wrapper
        label={labelKey ? <LabelWithKey label={label ?? t('picker.label')} keyName={labelKey} /> : (label ?? t('picker.label'))}
      >
        <Paper withBorder px="sm" py={6} data-testid="customer-picker-chosen">
          <Group justify="space-between" wrap="nowrap">
            <Summary customer={value} />
            <Tooltip label={t('picker.clear')}>
              <ActionIcon variant="subtle" color="gray" onClick={() => choose(null)} aria-label={t('picker.clear')} autoFocus={autoFocus}>
                <IconX size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Paper>
      </Input.Wrapper>
    );
  }

  const typed = q.trim();
  return (
    <>
      <Combobox
        store={combobox}
        onOptionSubmit={(picked) => {
          if (picked === CREATE) {
            setDraft(draftFromQuery(typed));
            combobox.closeDropdown();
            return;
          }
          const found = results.find((r) => String(r.id) === picked);
          if (found) choose(found);
        }}
      >
        <Combobox.Target>
          <InputBase
            ref={inputRef}
            label={labelKey ? <LabelWithKey label={label ?? t('picker.label')} keyName={labelKey} /> : (label ?? t('picker.label'))}
            placeholder={t('picker.placeholder')}
            leftSection={<IconSearch size={16} />}
            rightSection={search.isFetching && typed !== '' ? <Loader size="xs" /> : null}
            value={q}
            autoFocus={autoFocus}
            autoComplete="off"
            data-testid="customer-picker"
            onChange={(event) => {
              setQ(event.currentTarget.value);
              combobox.openDropdown();
            }}
            onFocus={() => combobox.openDropdown()}
            onBlur={() => combobox.closeDropdown()}
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={typed === '' && !allowCreate}>
          <Combobox.Options>
            {results.map((c) => (
              <Combobox.Option value={String(c.id)} key={c.id} data-testid="customer-option">
                <Summary customer={c} />
              </Combobox.Option>
            ))}
            {typed !== '' && search.settled && results.length === 0 && <Combobox.Empty>{t('search.nothing', { q: typed })}</Combobox.Empty>}
            {allowCreate && (
              <Combobox.Option value={CREATE} data-testid="customer-option-create">
                <Group gap={6} wrap="nowrap">
                  <IconUserPlus size={16} />
                  <Text size="sm">{typed === '' ? t('picker.createEmpty') : t('picker.create', { q: typed })}</Text>
                </Group>
              </Combobox.Option>
            )}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
      {allowCreate && dialog}
    </>
  );
}
