import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/station-process.ts';

/**
 * The architecture rules themselves are tested: a small tree laid out like this repository, with one
 * violation per rule in .dependency-cruiser.cjs and a few allowed imports beside them, is cruised with
 * the repository's own config and the exact `npm run arch` command. Every rule must report its
 * violation, and nothing else may be reported.
 */

const FIXTURE: Record<string, string> = {
  // Allowed: the layers used the way they are meant to be.
  'shared/contract.ts': "export const NAME = 'x';",
  'shared/money.ts': "import { NAME } from './contract.ts';\nexport const m = NAME;",
  'electron/core/clock.ts': 'export const now = () => 0;',
  'electron/core/context.ts': "import { now } from './clock.ts';\nexport const ctx = { now };",
  'electron/core/store/open.ts': "import Database from 'better-sqlite3';\nexport const open = (f: string) => new Database(f);",
  'electron/core/services/staff.ts':
    "import { ctx } from '../context.ts';\nimport { open } from '../store/open.ts';\nexport const staff = [ctx, open];",
  'electron/core/services/audit.ts': "import { ctx } from '../context.ts';\nexport const audit = ctx;",
  'electron/core/services/queue/rows.ts': "import { NAME } from '../../../../shared/contract.ts';\nexport const ticketNumber = NAME;",
  'electron/core/services/queue/index.ts': "export { ticketNumber } from './rows.ts';",
  'electron/core/handlers/staff.ts': "import { staff } from '../services/staff.ts';\nexport const handlers = staff;",
  'electron/core/server/api.ts': "import http from 'node:http';\nexport const server = http;",
  'electron/app/window.ts': "import { BrowserWindow } from 'electron';\nexport const w = BrowserWindow;",
  'renderer/src/components/Button.tsx': "import { NAME } from '../../../shared/contract.ts';\nexport const Button = NAME;",
  'renderer/src/types-only.ts': "import type { UserConfig } from 'vite';\nexport type Config = UserConfig;",
  'renderer/src/main.tsx': "import type { Config } from './types-only.ts';\nexport const c: Config = {};",
  'renderer/vite.config.ts':
    "import path from 'node:path';\nimport { defineConfig } from 'vite';\nexport default defineConfig({ root: path.sep });",
  'scripts/check.mjs': 'console.log(process.version);',
  'tests/support/helper.ts': "import { expect } from 'vitest';\nexport const check = expect;",

  // One violation each (the import named in EXPECTED).
  'shared/cycle-a.ts': "import { b } from './cycle-b.ts';\nexport const a = () => b;",
  'shared/cycle-b.ts': "import { a } from './cycle-a.ts';\nexport const b = () => a;",
  'shared/leans-on-core.ts': "import { now } from '../electron/core/clock.ts';\nexport const t = now;",
  'shared/reads-files.ts': "import fs from 'node:fs';\nexport const read = fs.readFileSync;",
  'shared/opens-sqlite.ts': "import Database from 'better-sqlite3';\nexport const D = Database;",
  'shared/tests-with-vitest.ts': "import { expect } from 'vitest';\nexport const e = expect;",
  'shared/forgotten.ts': 'export const unused = 1;',
  'shared/typo.ts': "import { x } from './no-such-file.ts';\nexport const y = x;",
  'electron/core/server/shows-window.ts': "import { w } from '../../app/window.ts';\nexport const s = w;",
  'electron/core/store/knows-the-clock.ts': "import { now } from '../clock.ts';\nexport const k = now;",
  'electron/core/store/unlisted-package.ts': "import { z } from 'zod';\nexport const schema = z;",
  'electron/core/core.ts': "import { audit } from './services/audit.ts';\nexport const core = audit;",
  'electron/core/services/calls-a-handler.ts': "import { handlers } from '../handlers/staff.ts';\nexport const h = handlers;",
  'electron/core/handlers/calls-dispatch.ts': "import { dispatch } from '../dispatch.ts';\nexport const d = dispatch;",
  'electron/core/dispatch.ts':
    "import { handlers } from './handlers/staff.ts';\nimport { server } from './server/api.ts';\nexport const dispatch = [handlers, server];",
  'electron/core/helpers.ts': "import { now } from './clock.ts';\nexport const later = now;",
  'electron/core/services/appointments/checkin.ts':
    "import { ticketNumber } from '../queue/index.ts';\nimport { audit } from '../audit.ts';\nimport { ticketNumber as n } from '../queue/rows.ts';\nexport const c = [ticketNumber, audit, n];",
  'electron/app/loads-screen.ts': "import { Button } from '../../renderer/src/components/Button.tsx';\nexport const l = Button;",
  'electron/app/uses-test-helper.ts': "import { check } from '../../tests/support/helper.ts';\nexport const u = check;",
  'renderer/src/opens-window.ts': "import { BrowserWindow } from 'electron';\nexport const o = BrowserWindow;",
  'renderer/src/calls-dispatch.ts': "import { dispatch } from '../../electron/core/dispatch.ts';\nexport const c = dispatch;",
  'renderer/src/reads-paths.ts': "import path from 'node:path';\nexport const p = path;",
  'renderer/src/opens-socket.ts': "import { WebSocketServer } from 'ws';\nexport const s = WebSocketServer;",
  'renderer/src/components/Badge.tsx': "import { Home } from '../screens/home/Home.tsx';\nexport const Badge = Home;",
  'renderer/src/screens/home/Home.tsx': "import { Button } from '../../components/Button.tsx';\nexport const Home = Button;",
};

/**
 * rule name → "from → to" (a package or Node built-in by its name; an orphan has no "to"). A cycle is
 * reported once, at the edge where the cruise first closes it.
 */
const EXPECTED: [string, string][] = [
  ['no-circular', 'shared/cycle-a.ts → shared/cycle-b.ts'],
  ['shared-imports-only-shared', 'shared/leans-on-core.ts → electron/core/clock.ts'],
  ['shared-no-node', 'shared/reads-files.ts → fs'],
  ['shared-no-server-packages', 'shared/opens-sqlite.ts → better-sqlite3'],
  ['core-not-to-app-or-renderer', 'electron/core/server/shows-window.ts → electron/app/window.ts'],
  ['only-app-imports-electron', 'renderer/src/opens-window.ts → electron'],
  ['app-not-to-renderer', 'electron/app/loads-screen.ts → renderer/src/components/Button.tsx'],
  ['renderer-not-to-electron', 'renderer/src/calls-dispatch.ts → electron/core/dispatch.ts'],
  ['renderer-no-node', 'renderer/src/reads-paths.ts → path'],
  ['renderer-no-server-packages', 'renderer/src/opens-socket.ts → ws'],
  ['runtime-imports-only-runtime', 'electron/app/uses-test-helper.ts → tests/support/helper.ts'],
  ['core-store-imports-only-store', 'electron/core/store/knows-the-clock.ts → electron/core/clock.ts'],
  ['core-kernel-not-upward', 'electron/core/core.ts → electron/core/services/audit.ts'],
  ['core-services-not-upward', 'electron/core/services/calls-a-handler.ts → electron/core/handlers/staff.ts'],
  ['core-handlers-not-upward', 'electron/core/handlers/calls-dispatch.ts → electron/core/dispatch.ts'],
  ['core-dispatch-not-upward', 'electron/core/dispatch.ts → electron/core/server/api.ts'],
  ['core-module-has-a-layer', 'electron/core/helpers.ts → electron/core/clock.ts'],
  ['area-through-public-module', 'electron/core/services/appointments/checkin.ts → electron/core/services/queue/rows.ts'],
  ['components-not-to-screens', 'renderer/src/components/Badge.tsx → renderer/src/screens/home/Home.tsx'],
  ['runtime-no-dev-dependencies', 'shared/tests-with-vitest.ts → vitest'],
  ['no-orphans', 'shared/forgotten.ts'],
  ['not-to-unresolvable', 'shared/typo.ts → ./no-such-file.ts'],
  ['no-non-package-json', 'electron/core/store/unlisted-package.ts → zod'],
];

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

interface CruiseResult {
  modules: { source: string; dependencies: { resolved: string; module: string }[] }[];
  summary: { violations: Violation[]; totalCruised: number };
}

const CONFIG = '.dependency-cruiser.cjs';
let dir = '';

/** The command `npm run arch` runs, read from package.json so the two cannot drift apart. */
function archArgs(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [bin, ...args] = (pkg.scripts.arch ?? '').split(/\s+/);
  expect(bin).toBe('depcruise');
  return args;
}

function cruise(): CruiseResult {
  const bin = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');
  const run = spawnSync(process.execPath, [bin, ...archArgs(), '--output-type', 'json'], { cwd: dir, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as CruiseResult;
}

/** How a violation's target reads: a package or built-in by the name it was imported as. */
function target(result: CruiseResult, v: Violation): string {
  const dep = result.modules.find((m) => m.source === v.from)?.dependencies.find((d) => d.resolved === v.to);
  return dep && (dep.resolved.includes('node_modules/') || !dep.module.startsWith('.')) ? dep.module : v.to;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-architecture-'));
  for (const [file, source] of Object.entries(FIXTURE)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), `${source}\n`);
  }
  fs.copyFileSync(path.join(ROOT, CONFIG), path.join(dir, CONFIG));
  fs.copyFileSync(path.join(ROOT, 'tsconfig.base.json'), path.join(dir, 'tsconfig.json'));
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'architecture-fixture',
      type: 'module',
      dependencies: { 'better-sqlite3': '*', ws: '*' },
      devDependencies: { electron: '*', vite: '*', vitest: '*' },
    }),
  );
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'junction');
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the architecture rules (.dependency-cruiser.cjs)', () => {
  it('each report its own violation in a fixture tree, and nothing else is reported', () => {
    const result = cruise();
    expect(result.summary.totalCruised).toBeGreaterThanOrEqual(Object.keys(FIXTURE).length);
    const found = result.summary.violations.map((v): [string, string] => [
      v.rule.name,
      v.from === v.to ? v.from : `${v.from} → ${target(result, v)}`,
    ]);
    const sort = (list: [string, string][]) => [...list].sort((a, b) => a.join(' ').localeCompare(b.join(' ')));
    expect(sort(found)).toEqual(sort(EXPECTED));
  });

  it('has a fixture violation for every rule in the config', async () => {
    const config = (await import(path.join(ROOT, CONFIG))) as { default: { forbidden: { name: string; comment: string }[] } };
    const rules = config.default.forbidden;
    expect(rules.every((r) => r.comment.length > 20)).toBe(true);
    expect(new Set(EXPECTED.map(([rule]) => rule))).toEqual(new Set(rules.map((r) => r.name)));
  });
});
