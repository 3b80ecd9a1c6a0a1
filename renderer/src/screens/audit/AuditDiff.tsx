import { Badge, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { humanise } from './humanise.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A recorded value in words: yes/no in the console's language, a list joined, anything else as written. */
function show(t: TFunction, value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return t(value ? 'common:yes' : 'common:no');
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    return value.length === 0 ? '—' : value.map((v) => show(t, v)).join(t('common:listSeparator'));
  }
  return JSON.stringify(value);
}

/** An audit entry's before and after, field by field, the changed fields marked. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t, i18n } = useTranslation(['audit', 'auditFields']);
  const label = (key: string) => (i18n.exists(`auditFields:${key}`) ? t(`auditFields:${key}`) : humanise(key));
  if (before == null && after == null) {
    return (
      <Text size="sm" c="dimmed">
        {t('diff.nothing')}
      </Text>
    );
  }
  const b = isRecord(before) ? before : before == null ? {} : { value: before };
  const a = isRecord(after) ? after : after == null ? {} : { value: after };
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return (
    <Table withTableBorder layout="fixed" data-testid="audit-diff" fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="22%">{t('diff.field')}</Table.Th>
          <Table.Th>{t('diff.before')}</Table.Th>
          <Table.Th>{t('diff.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {keys.map((key) => {
          const changed = before != null && after != null ? JSON.stringify(b[key]) !== JSON.stringify(a[key]) : false;
          return (
            <Table.Tr key={key} bg={changed ? 'var(--mantine-color-yellow-0)' : undefined} data-changed={changed || undefined}>
              <Table.Td>
                <Text span size="sm" fw={500} title={key}>
                  {label(key)}
                </Text>
                {changed && (
                  <Badge size="xs" color="yellow" variant="filled" ml={4}>
                    {t('diff.changed')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td className="fd-mono" c={changed ? 'red.8' : undefined} td={changed ? 'line-through' : undefined}>
                {key in b ? show(t, b[key]) : '—'}
              </Table.Td>
              <Table.Td className="fd-mono" c={changed ? 'green.9' : undefined} fw={changed ? 600 : undefined}>
                {key in a ? show(t, a[key]) : '—'}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
