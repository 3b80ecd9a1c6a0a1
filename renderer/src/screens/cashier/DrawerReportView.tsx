import type { ReactNode } from 'react';
import { Badge, Divider, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DrawerReport } from '../../../../shared/contract/cashier-drawer.ts';
import { formatDateTime } from '../../format.ts';
import { useMoney } from '../jobs/useMoney.ts';
import { ReportPrint } from './ReportPrint.tsx';

function Row({ label, children, testId, plain }: { label: string; children: ReactNode; testId?: string; plain?: boolean }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" ff={plain ? undefined : 'monospace'} ta="right" data-testid={testId}>
        {children}
      </Text>
    </Group>
  );
}

/** Variance colour: green when exact, orange over, red short. */
const varianceColor = (v: number) => (v === 0 ? 'green' : v > 0 ? 'orange' : 'red');

/** Expected against counted and the variance, large, once a count is in (the Z report). */
function VarianceBlock({ report }: { report: DrawerReport }) {
  const { t } = useTranslation('cashierDrawer');
  const money = useMoney();
  const variance = report.varianceMinor ?? 0;
  return (
    <Group grow align="stretch" data-testid="drawer-variance">
      <Paper withBorder p="sm">
        <Text size="sm" c="dimmed">
          {t('report.expected')}
        </Text>
        <Text fz={24} fw={700} ff="monospace" data-testid="drawer-expected">
          {money(report.expectedCashMinor)}
        </Text>
      </Paper>
      <Paper withBorder p="sm">
        <Text size="sm" c="dimmed">
          {t('report.counted')}
        </Text>
        <Text fz={24} fw={700} ff="monospace" data-testid="drawer-counted">
          {money(report.countedMinor ?? 0)}
        </Text>
      </Paper>
      <Paper withBorder p="sm" bg={`var(--mantine-color-${varianceColor(variance)}-0)`}>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('report.variance')}
          </Text>
          <Badge color={varianceColor(variance)} variant="light" tt="none">
            {variance === 0 ? t('report.exact') : variance > 0 ? t('report.over') : t('report.short')}
          </Badge>
        </Group>
        <Text fz={24} fw={700} ff="monospace" c={`${varianceColor(variance)}.8`} data-testid="drawer-variance-amount">
          {variance > 0 ? '+' : variance < 0 ? '−' : ''}
          {money(Math.abs(variance))}
        </Text>
      </Paper>
    </Group>
  );
}

/**
 * A drawer session's report: the X report while it is open (what it holds so far), the Z report once
 * closed (with the count and the variance). Per payment method, refunds, the drawer's own movements,
 * discounts, deposits and the receipts issued; and the button that prints it (`printJobId`: the Z
 * report's print job queued at the close, followed on screen).
 */
export function DrawerReportView({ report, printJobId }: { report: DrawerReport; printJobId?: number | null }) {
  const { t } = useTranslation(['cashierDrawer', 'cashier']);
  const money = useMoney();
  const { receipts } = report;
  return (
    <Paper withBorder p="md" data-testid={report.kind === 'X' ? 'x-report' : 'z-report'}>
      <Stack gap="xs">
        <Title order={4}>{report.kind === 'X' ? t('report.x') : t('report.z')}</Title>
        <ReportPrint report={report} {...(printJobId === undefined ? {} : { printJobId })} />
        {report.kind === 'Z' && <VarianceBlock report={report} />}
        {report.note !== '' && (
          <Row label={t('report.note')} plain>
            {report.note}
          </Row>
        )}
        {report.approvedBy !== null && (
          <Row label={t('report.approvedBy')} plain>
            {report.approvedByName}
          </Row>
        )}
        <Row label={t('report.opened')}>
          {formatDateTime(report.openedAt)} · {report.openedByName}
        </Row>
        {report.closedAt && (
          <Row label={t('report.closed')}>
            {formatDateTime(report.closedAt)} · {report.closedByName}
          </Row>
        )}
        <Row label={t('report.float')}>{money(report.floatMinor)}</Row>
        <Divider label={t('report.byMethod')} labelPosition="left" />
        {report.byMethod.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('report.noPayments')}
          </Text>
        ) : (
          <Table verticalSpacing={2} highlightOnHover={false} data-testid="report-by-method">
            <Table.Tbody>
              {report.byMethod.map((m) => (
                <Table.Tr key={m.method}>
                  <Table.Td>
                    <Text size="sm">{t(`cashier:methods.${m.method}`, { defaultValue: m.method })}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {t('report.payments', { count: m.count })}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm" ff="monospace">
                      {money(m.amountMinor)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Divider />
        <Row label={t('report.refunds')}>
          {money(report.refundsMinor)} ({t('report.cashRefunds')} {money(report.cashRefundsMinor)})
        </Row>
        <Row label={t('report.cashIn')}>{money(report.cashInMinor)}</Row>
        <Row label={t('report.cashOut')}>{money(report.cashOutMinor)}</Row>
        <Row label={t('report.noSales')}>{report.noSales}</Row>
        <Row label={t('report.discounts')}>{money(report.discountsMinor)}</Row>
        <Row label={t('report.deposits')}>{money(report.depositsMinor)}</Row>
        <Row label={t('report.receipts')}>
          {receipts.count === 0
            ? '0'
            : t('report.receiptRange', { count: receipts.count, first: receipts.first ?? '', last: receipts.last ?? '' })}
        </Row>
        {report.kind === 'X' && (
          <Row label={t('report.expected')} testId="x-expected">
            {money(report.expectedCashMinor)}
          </Row>
        )}
      </Stack>
    </Paper>
  );
}
