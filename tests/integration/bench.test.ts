import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { benchReport } from '../bench/schema.ts';
import { ROOT } from '../support/station-process.ts';

const run = promisify(execFile);

describe('npm run bench', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-bench-test-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs end to end at the tiny scale and writes JSON of the documented shape', async () => {
    const file = path.join(dir, 'bench.json');
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'tests/bench/run.ts'), '--scale', 'tiny', '--json', file],
      {
        cwd: ROOT,
        timeout: 170_000,
        maxBuffer: 8 * 1024 * 1024,
        env: { ...process.env, INIT_CWD: ROOT },
      },
    );
    expect(stdout).toContain('scale "tiny"');
    expect(stdout).toMatch(/seeded in \d+\.\d s/);

    const report = benchReport.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    expect(report.scale.name).toBe('tiny');
    expect(report.scale.customers).toBeGreaterThan(0);
    expect(report.scale.audit_log).toBeGreaterThan(report.scale.customers);

    const byName = new Map(report.operations.map((op) => [op.name, op]));
    for (const name of [
      'floor.commit',
      'floor.lookup',
      'auth.signIn',
      'contract.inProcess',
      'contract.http',
      'audit.write',
      'customers.search.last4',
      'customers.search.name',
      'customers.search.initials',
      'queue.issue',
      'queue.callNext.display',
      'jobs.board',
      'jobs.open',
      'jobs.intake',
      'warranty.evaluate',
      'cashier.settle',
    ]) {
      expect(byName.has(name), `${name} is measured`).toBe(true);
    }
    expect(byName.get('floor.commit')).toMatchObject({ floor: null, ratio_p95: null });
    expect(byName.get('floor.lookup')).toMatchObject({ floor: null, ratio_p95: null });
    expect(byName.get('auth.signIn')).toMatchObject({ floor: null, ratio_p95: null });
    expect(byName.get('contract.inProcess')?.floor).toBe('floor.lookup');
    expect(byName.get('contract.http')?.floor).toBe('floor.lookup');
    const write = byName.get('audit.write');
    expect(write?.floor).toBe('floor.commit');
    expect(write?.target).toEqual({ kind: 'ratio_p95', max: 2 });
    expect(typeof write?.pass).toBe('boolean');

    for (const name of ['customers.search.last4', 'customers.search.name', 'customers.search.initials', 'queue.callNext.display']) {
      expect(byName.get(name)?.target?.kind, `${name} has a time target`).toBe('p95_ms');
    }
    expect(byName.get('queue.issue')).toMatchObject({ floor: 'floor.commit', target: { kind: 'ratio_p95', max: 2 } });
    expect(report.scale.tickets).toBeGreaterThan(0);
    expect(report.scale).toMatchObject({ jobs: 4_200, open_jobs: 200 });
    expect(byName.get('jobs.intake')).toMatchObject({ floor: 'floor.commit', target: { kind: 'ratio_p95', max: 2 } });
    expect(byName.get('cashier.settle')).toMatchObject({ floor: 'floor.commit', target: { kind: 'ratio_p95', max: 2 } });
    for (const name of ['jobs.board', 'jobs.open', 'warranty.evaluate'])
      expect(byName.get(name)?.target?.kind, `${name} has a time target`).toBe('p95_ms');

    // The busy day is computed: 300 walk-ins, every one called, an estimate error in minutes.
    const day = report.simulations?.find((s) => s.name === 'sim.busyDay');
    const figure = (name: string) => day?.figures.find((f) => f.name === name)?.value ?? Number.NaN;
    expect(figure('walkins')).toBe(300);
    expect(figure('mean_wait_min')).toBeGreaterThan(0);
    expect(figure('mae_min')).toBeGreaterThanOrEqual(0);
    expect(figure('mae_min')).toBeGreaterThanOrEqual(Math.abs(figure('bias_min')));
    expect(stdout).toContain('mean absolute error of the estimate');

    for (const op of report.operations) {
      if (op.floor === null) continue;
      const floorP95 = byName.get(op.floor)?.p95_ms ?? Number.NaN;
      const ratio = op.ratio_p95 ?? Number.NaN;
      // ratio_p95 is rounded to 0.01 and the p95s to 0.1 µs: allow a few per cent.
      expect(Math.abs(ratio - op.p95_ms / floorP95) / ratio, `${op.name} ratio_p95`).toBeLessThan(0.05);
    }
  }, 180_000);
});
