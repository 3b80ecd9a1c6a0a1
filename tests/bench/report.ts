import type { MeasuredOperation } from './harness.ts';
import type { BenchOperation, BenchSimulation } from './schema.ts';
import type { Target } from './types.ts';

/** Milliseconds to a tenth of a microsecond: enough for the sub-10 µs floors' ratios to survive the rounding. */
const roundMs = (x: number) => Math.round(x * 10_000) / 10_000;

export function targetLabel(t: Target | undefined): string {
  if (!t) return '';
  return t.kind === 'ratio_p95' ? `p95 <= ${t.max}x floor` : `p95 < ${t.max} ms`;
}

function meets(t: Target, p95: number, ratio: number | null): boolean {
  if (t.kind === 'p95_ms') return p95 < t.max;
  return ratio !== null && ratio <= t.max;
}

/** The JSON rows: percentiles in ms, the floor's name and p95 ratio, the target and whether it held. */
export function toOperations(measured: readonly MeasuredOperation[]): BenchOperation[] {
  const summaryOf = new Map(measured.map((m) => [m.measurement.name, m.summary]));
  return measured.map(({ measurement: m, summary: s }) => {
    const floor = m.floor ? summaryOf.get(m.floor) : undefined;
    if (m.floor && floor === undefined) throw new Error(`${m.name}: its floor ${m.floor} was not measured`);
    const ratio = floor && floor.p95 > 0 ? s.p95 / floor.p95 : null;
    const ratioP50 = floor && floor.p50 > 0 ? s.p50 / floor.p50 : null;
    return {
      name: m.name,
      p50_ms: roundMs(s.p50),
      p95_ms: roundMs(s.p95),
      p99_ms: roundMs(s.p99),
      floor: ratio === null ? null : m.floor,
      ratio_p95: ratio === null ? null : Math.round(ratio * 100) / 100,
      ratio_p50: ratio === null || ratioP50 === null ? null : Math.round(ratioP50 * 100) / 100,
      iterations: s.n,
      target: m.target ?? null,
      pass: m.target ? meets(m.target, s.p95, ratio) : null,
    };
  });
}

function fmtMs(x: number): string {
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  if (x >= 1) return x.toFixed(2);
  return x.toFixed(3);
}

/** A plain-text table for the terminal. */
export function formatTable(ops: readonly BenchOperation[]): string {
  const header = ['operation', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'floor', 'p50/floor', 'p95/floor', 'target', 'result'];
  const rows = ops.map((op) => [
    op.name,
    String(op.iterations ?? ''),
    fmtMs(op.p50_ms),
    fmtMs(op.p95_ms),
    fmtMs(op.p99_ms),
    op.floor ?? '-',
    op.ratio_p50 == null ? '-' : `${op.ratio_p50.toFixed(2)}x`,
    op.ratio_p95 === null ? '-' : `${op.ratio_p95.toFixed(2)}x`,
    targetLabel(op.target ?? undefined),
    op.pass === true ? 'PASS' : op.pass === false ? 'FAIL' : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const numeric = new Set([1, 2, 3, 4, 6, 7]);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * Floors whose tail is far above their median: outside load (another process's fsyncs, a busy CPU)
 * rather than SQLite. Such a tail lifts the floor's p95 and squeezes every p95 ratio towards 1, so the
 * run says so instead of letting a PASS stand unqualified.
 */
export function noisyFloors(ops: readonly BenchOperation[], limit = 3): string[] {
  return ops
    .filter((op) => op.floor === null && ops.some((o) => o.floor === op.name) && op.p50_ms > 0 && op.p95_ms / op.p50_ms > limit)
    .map((op) => `${op.name} p95 is ${(op.p95_ms / op.p50_ms).toFixed(1)}x its p50`);
}

/** A simulation's figures as an indented list under its name and description. */
export function formatSimulation(sim: BenchSimulation): string {
  const width = Math.max(...sim.figures.map((f) => f.label.length));
  const value = (f: BenchSimulation['figures'][number]) =>
    f.unit === 'count' ? String(f.value) : f.unit === 'share' ? `${(f.value * 100).toFixed(0)}%` : `${f.value.toFixed(1)} min`;
  return [
    `${sim.name} (${sim.seconds.toFixed(1)} s): ${sim.what}`,
    ...sim.figures.map((f) => `  ${f.label.padEnd(width)}  ${value(f)}`),
  ].join('\n');
}
