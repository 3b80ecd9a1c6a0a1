import { ActionIcon, Badge, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WarrantyRule } from '../../../../../shared/contract/warranty-rules.ts';
import { STATUS } from '../../../theme.ts';
import { useLocalName } from '../../queue/names.ts';
import { categoryText, periodText, windowText } from './ruleText.ts';

interface RulesTableProps {
  rules: WarrantyRule[];
  /** Rules the station refused a value of, by their place in the list. */
  refused: Set<number>;
  onEdit: (index: number) => void;
}

/** The warranty rules at a glance: each rule's windows, period and remedy, with its edit button. */
export function RulesTable({ rules, refused, onEdit }: RulesTableProps) {
  const { t } = useTranslation('jobSettings');
  const name = useLocalName();
  const c = (key: string) => t(`warranty.columns.${key}`);
  return (
    <Table verticalSpacing={6} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{c('rule')}</Table.Th>
          <Table.Th>{c('returnWindow')}</Table.Th>
          <Table.Th>{c('exchangeWindow')}</Table.Th>
          <Table.Th>{c('period')}</Table.Th>
          <Table.Th>{c('remedy')}</Table.Th>
          <Table.Th w={60} ta="right">
            {c('actions')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rules.map((rule, i) => (
          <Table.Tr key={`${rule.category}/${rule.part}`} data-testid="warranty-rule-row">
            <Table.Td>
              <Stack gap={0}>
                <Text size="sm" fw={500}>
                  {refused.has(i) && (
                    <Tooltip label={t('warranty.hasErrors')}>
                      <IconAlertTriangle size={14} color="var(--mantine-color-red-6)" style={{ marginRight: 4, verticalAlign: -2 }} />
                    </Tooltip>
                  )}
                  {name(rule)}
                </Text>
                <Text size="xs" c="dimmed">
                  {categoryText(t, rule.category)}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td>{windowText(t, rule.returnWindow)}</Table.Td>
            <Table.Td>{windowText(t, rule.exchangeWindow)}</Table.Td>
            <Table.Td data-testid="warranty-rule-period">{periodText(t, rule.period)}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={rule.remedy === 'repair' ? 'blue' : STATUS.ok}>
                {t(`warranty.remedies.${rule.remedy}`)}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Tooltip label={t('warranty.edit')}>
                <ActionIcon variant="subtle" size="lg" aria-label={`${t('warranty.edit')}: ${name(rule)}`} onClick={() => onEdit(i)}>
                  <IconPencil size={18} />
                </ActionIcon>
              </Tooltip>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
