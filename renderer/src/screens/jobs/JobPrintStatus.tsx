import { Stack } from '@mantine/core';
import type { PrintedJob } from '../../../../shared/contract/jobs-print.ts';
import { PrintStatus, type FollowedDocument } from '../../components/PrintStatus.tsx';

/** A kind of job document as the status words name it: a ticket by its copy. */
const documentOf = (kind: PrintedJob['kind'], copy: PrintedJob['copy']): FollowedDocument =>
  kind === 'jobTicket' ? (copy === 'shop' ? 'shopCopy' : 'customerCopy') : kind;

/**
 * How a job's documents print (the ticket's copies, the label, the delivery note), one line a print job;
 * a document asked for that no printer takes (no print job for its kind) says so, with the way to choose one.
 */
export function JobPrintStatus({ printJobs, asked }: { printJobs: readonly PrintedJob[]; asked: readonly PrintedJob['kind'][] }) {
  const missing = asked.filter((kind) => !printJobs.some((p) => p.kind === kind));
  return (
    <Stack gap={6} data-testid="job-print-status">
      {printJobs.map((p) => (
        <PrintStatus key={p.id} printJobId={p.id} document={documentOf(p.kind, p.copy)} />
      ))}
      {missing.map((kind) => (
        <PrintStatus key={kind} printJobId={null} document={documentOf(kind, null)} />
      ))}
    </Stack>
  );
}
