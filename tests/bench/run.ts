import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Core } from '../../electron/core/core.ts';
import { openCore } from '../../electron/core/open-core.ts';
import { BenchClock } from './clock.ts';
import { measureAll } from './harness.ts';
import { MEASUREMENTS, SIMULATIONS } from './operations/index.ts';
import { formatSimulation, formatTable, noisyFloors, targetLabel, toOperations } from './report.ts';
import { Rng } from './rng.ts';
import { SCALE_NAMES, SCALES, type ScaleName } from './scale.ts';
import { benchReport, type BenchReport } from './schema.ts';
import { seedStore } from './seed.ts';
import { startBenchStation } from './station.ts';
import type { BenchContext, BenchStation, Measurement, Simulation } from './types.ts';

const HELP = `Usage: npm run bench -- [--scale tiny|small|default] [--json FILE] [--only NAME,...] [--list] [--keep] [--strict]

Seeds a store into a temporary data directory and times each operation next to the SQLite floors
measured in the same run on the same file.

  --scale   default: five years of a busy shop (200,000 customers); small: about a minute;
            tiny: a few seconds, for the test that keeps the bench working
  --json    also write the results as JSON to FILE
  --only    run only these operations or simulations (and the floors they compare with)
  --list    print the operations and what each measures, then exit
  --keep    keep the temporary data directory and print where it is
  --strict  exit with status 1 when a target fails`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function select(
  all: readonly Measurement[],
  sims: readonly Simulation[],
  only: string | undefined,
): { measurements: Measurement[]; simulations: Simulation[] } {
  const names = new Set([...all, ...sims].map((m) => m.name));
  if (names.size !== all.length + sims.length) fail('Two measurements or simulations share a name');
  for (const m of all) if (m.floor && !names.has(m.floor)) fail(`${m.name} compares with ${m.floor}, which is not a measurement`);
  if (!only) return { measurements: [...all], simulations: [...sims] };
  const wanted = new Set(
    only
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  for (const w of wanted) if (!names.has(w)) fail(`There is no operation named ${w}; --list shows them`);
  for (const m of all) if (wanted.has(m.name) && m.floor) wanted.add(m.floor);
  return { measurements: all.filter((m) => wanted.has(m.name)), simulations: sims.filter((m) => wanted.has(m.name)) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'default' },
      json: { type: 'string' },
      only: { type: 'string' },
      list: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (values.list) {
    for (const m of MEASUREMENTS)
      console.log(`${m.name}${m.floor ? ` (vs ${m.floor})` : ''}${m.target ? ` [${targetLabel(m.target)}]` : ''}\n    ${m.what}`);
    for (const s of SIMULATIONS) console.log(`${s.name} (simulation)\n    ${s.what}`);
    return;
  }
  if (!(SCALE_NAMES as readonly string[]).includes(values.scale)) fail(`--scale must be one of ${SCALE_NAMES.join(', ')}`);
  const scale = SCALES[values.scale as ScaleName];
  const { measurements, simulations } = select(MEASUREMENTS, SIMULATIONS, values.only);
  // npm runs scripts from the package root; a relative --json path means the caller's directory.
  const jsonFile = values.json ? path.resolve(process.env.INIT_CWD ?? process.cwd(), values.json) : null;

  const started = performance.now();
  const startedAt = new Date().toISOString();
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-bench-'));
  const log = (line: string) => console.log(line);
  const teardowns: (() => unknown)[] = [];
  let core: Core | null = null;
  try {
    const clock = new BenchClock();
    core = openCore({ dataDir: path.join(tempDir, 'data'), version: 'bench', clock });
    const { db } = core;
    const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
    const pragma = (name: string) => String(db.pragma(name, { simple: true }));
    log(
      `Frontdesk bench: scale "${scale.name}" (${scale.customers.toLocaleString('en')} customers, ${scale.staff} staff, ${scale.days} days of history)`,
    );
    log(`  Node ${process.versions.node}, SQLite ${sqlite}, ${os.cpus().length} CPUs, store in ${tempDir}`);
    log(
      `  pragmas: journal_mode=${pragma('journal_mode')} synchronous=${pragma('synchronous')} (2 = FULL) foreign_keys=${pragma('foreign_keys')} busy_timeout=${pragma('busy_timeout')}`,
    );

    const loadStart = os.loadavg()[0] ?? 0;
    log('Seeding...');
    const seeded = await seedStore(core, scale, log);
    const c = seeded.counts;
    log(
      `  seeded in ${seeded.seconds.toFixed(1)} s: ${c.customers.toLocaleString('en')} customers, ${c.staff} staff, ` +
        `${c.sessions.toLocaleString('en')} sessions, ${c.audit_log.toLocaleString('en')} audit rows over ${c.days} days, ` +
        `${c.tickets.toLocaleString('en')} queue tickets, ${c.jobs.toLocaleString('en')} jobs (${c.open_jobs.toLocaleString('en')} open), ${c.db_mb} MB`,
    );

    let station: Promise<BenchStation> | null = null;
    const ctx: BenchContext = {
      core,
      clock,
      scale,
      seeded,
      rng: new Rng(0xbe7c4),
      tempDir,
      station: () => {
        station ??= startBenchStation(core as Core, tempDir).then(({ station: s, close }) => {
          teardowns.push(close);
          return s;
        });
        return station;
      },
      onTeardown: (fn) => teardowns.push(fn),
    };

    log(`Measuring ${measurements.length} operations in ${scale.rounds} rounds...`);
    const measured = await measureAll(measurements, ctx, log);
    const operations = toOperations(measured);
    const simulated = [];
    for (const sim of simulations) {
      log(`Simulating ${sim.name}...`);
      const t0 = performance.now();
      const figures = await sim.run(ctx);
      simulated.push({ name: sim.name, what: sim.what, seconds: Math.round((performance.now() - t0) / 100) / 10, figures });
    }
    const totalSeconds = (performance.now() - started) / 1000;
    const loadEnd = os.loadavg()[0] ?? 0;

    console.log('');
    console.log(formatTable(operations));
    for (const sim of simulated) console.log(`\n${formatSimulation(sim)}`);
    console.log('');
    console.log(
      `scale ${scale.name}; seed ${seeded.seconds.toFixed(1)} s; whole run ${totalSeconds.toFixed(1)} s; load average ${loadStart.toFixed(2)} at start, ${loadEnd.toFixed(2)} at end (${os.cpus().length} CPUs).`,
    );
    console.log("Ratios compare p95s measured in this run on this store file; absolute times are this machine's.");

    const report: BenchReport = benchReport.parse({
      scale: { name: scale.name, ...c },
      operations,
      ...(simulated.length ? { simulations: simulated } : {}),
      meta: {
        started_at: startedAt,
        seed_s: Math.round(seeded.seconds * 10) / 10,
        total_s: Math.round(totalSeconds * 10) / 10,
        rounds: scale.rounds,
        node: process.versions.node,
        sqlite,
        cpus: os.cpus().length,
        loadavg_start: loadStart,
        loadavg_end: loadEnd,
      },
    });
    if (jsonFile) {
      fs.mkdirSync(path.dirname(jsonFile), { recursive: true });
      fs.writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
      console.log(`JSON written to ${jsonFile}`);
    }
    const noisy = noisyFloors(operations);
    if (noisy.length) {
      console.log(
        `Warning: ${noisy.join('; ')}. The floor's tail is outside load on this machine, which lifts its p95 and ` +
          'squeezes p95 ratios towards 1: read the p50 ratios too, and rerun on a quiet machine before trusting a PASS.',
      );
    }
    const failed = operations.filter((op) => op.pass === false).map((op) => op.name);
    if (failed.length) console.log(`Targets missed: ${failed.join(', ')}`);
    if (failed.length && values.strict) process.exitCode = 1;
  } finally {
    for (const fn of teardowns.reverse()) await fn();
    core?.close();
    if (values.keep) console.log(`Kept the store in ${tempDir}`);
    else fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
