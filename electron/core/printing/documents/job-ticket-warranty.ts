import type { Locale } from '../../../../shared/contract/fields.ts';
import type { Job } from '../../../../shared/contract/jobs.ts';
import type { Block } from '../../../../shared/print/layout.ts';
import { reasonOptions } from '../../../../shared/warranty-words.ts';
import { coreT } from '../../i18n.ts';
import { textColumns } from '../text.ts';

type Verdict = NonNullable<Job['warranty']>;

/** The dates a verdict used, in the order the ticket prints them. */
/** Two dates share a line when they fit an 80 mm roll's 48 columns with room to spare. */
const PAIR_COLUMNS = 44;

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
  for (const r of verdict.computed.reasons) blocks.push(p.text(w(`reasons.${r.code}`, reasonOptions(r.params))));
  const d = verdict.dates;
  if (!d) return blocks;
  // The dates the decision used, two to a line when they fit an 80 mm roll ("购买日期 2026-01-10 · 受理日期 2026-03-02").
  const dates = DATE_KEYS.flatMap((key) => (d[key] ? [`${w(`dates.${key}`)} ${d[key]}`] : []));
  if (d.distanceKm !== null) dates.push(`${w('dates.distanceKm')} ${t('ticket.km', { km: d.distanceKm.toLocaleString(p.locale) })}`);
  for (let i = 0; i < dates.length; i++) {
    const pair = `  ${dates[i]} · ${dates[i + 1]}`;
    if (i + 1 < dates.length && textColumns(pair) <= PAIR_COLUMNS) {
      blocks.push(p.text(pair));
      i++;
    } else blocks.push(p.text(`  ${dates[i]}`));
  }
  return blocks;
}
