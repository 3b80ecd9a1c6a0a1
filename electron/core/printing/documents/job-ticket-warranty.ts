import type { Locale } from '../../../../shared/contract/fields.ts';
import type { Job } from '../../../../shared/contract/jobs.ts';
import type { Block } from '../../../../shared/print/layout.ts';
import { coreT } from '../../i18n.ts';

type Verdict = NonNullable<Job['warranty']>;

/** The dates a verdict used, in the order the ticket prints them. */
const DATE_KEYS = ['purchasedOn', 'intakeOn', 'returnUntil', 'exchangeUntil', 'warrantyUntil'] as const;

/**
 * The warranty decision as the ticket prints it, in the words the intake screen shows (the `warranty`
 * namespace, filled with the verdict's own params): the outcome, each reason, the dates the decision
 * used, and, when staff decided otherwise, their reason beside what the rules said.
 */
export function warrantyBlocks(
  verdict: Job['warranty'],
  p: { locale: Locale; kv: (key: string, value: string, bold?: boolean) => Block; text: (value: string) => Block },
): Block[] {
  const t = coreT(p.locale, 'jobPrint');
  if (verdict === null) return [p.kv(t('ticket.warranty'), t('ticket.warrantyNone'))];
  const w = coreT(p.locale, 'warranty');
  const outcome = (o: Verdict['outcome']) => w(`outcomes.${o}`);
  const blocks: Block[] = [p.kv(t('ticket.warranty'), outcome(verdict.outcome), true)];
  if (verdict.override) {
    blocks.push(p.text(w('overridden', { reason: verdict.override.reason })));
    blocks.push(p.text(w('computed', { outcome: outcome(verdict.computed.outcome) })));
  }
  // No days added by earlier repairs: the reason says nothing of them (the `none` context).
  for (const r of verdict.computed.reasons)
    blocks.push(p.text(w(`reasons.${r.code}`, { ...r.params, ...(r.params.extendedDays === 0 ? { context: 'none' } : {}) })));
  const d = verdict.dates;
  if (d) {
    for (const key of DATE_KEYS) {
      const value = d[key];
      if (value) blocks.push(p.kv(`  ${w(`dates.${key}`)}`, value));
    }
    if (d.distanceKm !== null)
      blocks.push(p.kv(`  ${w('dates.distanceKm')}`, t('ticket.km', { km: d.distanceKm.toLocaleString(p.locale) })));
  }
  return blocks;
}
