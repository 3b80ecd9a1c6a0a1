import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DrawerReport } from '../../../../shared/contract/cashier-drawer.ts';
import { useOpMutation } from '../../api/hooks.ts';
import { notifyError } from '../../components/errors.ts';
import { PrintStatus } from '../../components/PrintStatus.tsx';

/**
 * A drawer report on paper: the X report printed on demand while the drawer is open, the Z report
 * again once closed (the copy marked as such). `printJobId` is the Z report's print job queued as the
 * drawer closed (null: no printer takes reports), followed until it has printed.
 */
export function ReportPrint({ report, printJobId }: { report: DrawerReport; printJobId?: number | null }) {
  const { t } = useTranslation('cashierDrawer');
  const [jobId, setJobId] = useState<number | null | undefined>(printJobId);
  const print = useOpMutation('cashier.drawer.printReport', {
    onSuccess: (r) => setJobId(r.printJobs[0]?.id ?? null),
    onError: (e) => notifyError(t, e),
  });
  const label = report.kind === 'X' ? 'report.printX' : jobId === undefined ? 'report.printZ' : 'report.printZAgain';
  return (
    <Group justify="space-between" wrap="nowrap" data-testid="drawer-report-print">
      {jobId === undefined ? <span /> : <PrintStatus printJobId={jobId} document="report" />}
      <Button
        variant="default"
        style={{ flexShrink: 0 }}
        leftSection={<IconPrinter size={16} />}
        loading={print.isPending}
        onClick={() => print.mutate(report.kind === 'X' ? { till: report.till } : { till: report.till, sessionId: report.sessionId })}
        data-testid="drawer-print-report"
        data-kind={report.kind}
      >
        {t(label)}
      </Button>
    </Group>
  );
}
