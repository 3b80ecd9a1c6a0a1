import { Stack } from '@mantine/core';
import type { PrintedJob } from '../../../../shared/contract/jobs-print.ts';
import { PrintStatus, type FollowedDocument } from '../../components/PrintStatus.tsx';

const documentOf = (p: PrintedJob): FollowedDocument =>
  p.kind === 'deviceLabel' ? 'deviceLabel' : p.copy === 'shop' ? 'shopCopy' : 'customerCopy';

/**
 * How a job's ticket and label printing goes, one line a print job; a document asked for that no printer
 * takes (no print job for its kind) says so, with the way to choose one.
 */
export function JobPrintStatus({ printJobs, asked }: { printJobs: readonly PrintedJob[]; asked: readonly PrintedJob['kind'][] }) {
  const missing = asked.filter((kind) => !printJobs.some((p) => p.kind === kind));
  return (
    <Stack gap={6} data-testid="job-print-status">
      {printJobs.map((p) => (
        <PrintStatus key={p.id} printJobId={p.id} document={documentOf(p)} />
      ))}
      {missing.map((kind) => (
        <PrintStatus key={kind} printJobId={null} document={kind === 'deviceLabel' ? 'deviceLabel' : 'customerCopy'} />
      ))}
    </Stack>
  );
}
