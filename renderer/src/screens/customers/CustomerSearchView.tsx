import { useState } from 'react';
import { Badge, Group, Loader, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { VIP_TAG } from '../../../../shared/contract/customers.ts';
import { formatPhone } from '../../../../shared/identifiers.ts';
import { CustomerDialog } from '../../components/CustomerDialog.tsx';
import { NewCustomerButton } from './NewCustomerButton.tsx';
import { useCustomerSearch } from '../../components/useCustomerSearch.ts';
import { VipBadge } from '../../components/VipBadge.tsx';

const LIMIT = 30;

/** The search box (focused on open) and its results; ↑ ↓ move, Enter opens the customer. */
export function CustomerSearchView() {
  const { t } = useTranslation('customers');
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const search = useCustomerSearch(q, LIMIT, { listNewest: true });
  const results = search.data ?? [];
  // The highlighted row belongs to one set of results: new results start again at the top.
  const [highlight, setHighlight] = useState<{ results: typeof search.data; index: number }>({ results: undefined, index: 0 });
  const active = highlight.results === search.data ? highlight.index : 0;
  const setActive = (index: number) => setHighlight({ results: search.data, index });

  const open = (id: number | undefined) => id !== undefined && void navigate(`/customers/${id}`);
  const move = (by: number) => setActive(Math.min(Math.max(active + by, 0), Math.max(results.length - 1, 0)));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed">{t('intro')}</Text>
        </Stack>
        <NewCustomerButton onClick={() => setCreating(true)} />
      </Group>

      <TextInput
        size="lg"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        leftSection={<IconSearch size={20} />}
        rightSection={search.isFetching ? <Loader size="sm" /> : null}
        description={t('search.hint')}
        inputWrapperOrder={['input', 'description']}
        value={q}
        autoFocus
        autoComplete="off"
        data-testid="customer-search"
        onChange={(event) => setQ(event.currentTarget.value)}
        onKeyDown={getHotkeyHandler([
          ['ArrowDown', () => move(1)],
          ['ArrowUp', () => move(-1)],
          ['Enter', () => open(results[active]?.id)],
        ])}
      />

      <Paper withBorder>
        <Group justify="space-between" px="md" py="xs">
          <Text size="sm" fw={600} c="dimmed">
            {search.query === '' ? t('search.newest') : t('search.results', { count: results.length })}
          </Text>
        </Group>
        {search.isError ? (
          <Text c="red" px="md" pb="md">
            {t('search.failed')}
          </Text>
        ) : results.length === 0 && search.settled && !search.isFetching ? (
          <Text c="dimmed" px="md" pb="md" data-testid="customer-search-empty">
            {t('search.nothing', { q: search.query })}
          </Text>
        ) : (
          <Table data-testid="customer-results">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.name')}</Table.Th>
                <Table.Th>{t('columns.phones')}</Table.Th>
                <Table.Th>{t('columns.tags')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {results.map((c, i) => (
                <Table.Tr
                  key={c.id}
                  data-testid="customer-row"
                  aria-selected={i === active}
                  bg={i === active ? 'var(--mantine-primary-color-light)' : undefined}
                  style={{ cursor: 'pointer' }}
                  onClick={() => open(c.id)}
                  onMouseEnter={() => setActive(i)}
                >
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text fw={600}>{c.name}</Text>
                      {c.vip && <VipBadge size="xs" />}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {c.phones.map(formatPhone).join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {c.tags
                        .filter((tag) => tag !== VIP_TAG)
                        .map((tag) => (
                          <Badge key={tag} variant="light" color="gray" size="sm" tt="none">
                            {tag}
                          </Badge>
                        ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      <CustomerDialog opened={creating} onClose={() => setCreating(false)} onSaved={(c) => open(c.id)} onOpenExisting={(id) => open(id)} />
    </Stack>
  );
}
