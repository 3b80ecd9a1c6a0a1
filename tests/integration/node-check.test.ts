import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem, REQUIRED_NODE } from '../../scripts/node-version.mjs';

/**
 * `npm ci`, `npm start` and the other scripts run scripts/check-node.mjs first (`preinstall` for the
 * install), so an older Node is refused with what is needed and how to get it, not a bare EBADENGINE.
 */
const SCRIPT = path.resolve('scripts/check-node.mjs');
/** The system's own Node, which on this machine may be older than Frontdesk needs. */
const SYSTEM_NODE = '/usr/bin/node';

function versionOf(node: string): string {
  return spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
}

function expectAdvice(text: string, version: string): void {
  expect(text).toContain(`Frontdesk needs Node.js ${REQUIRED_NODE} or newer`);
  expect(text).toContain(`this is Node.js v${version}`);
  expect(text).toContain('nvm install 24');
  expect(text).toContain('https://nodejs.org/en/download');
  expect(text).toContain('npm i -g node@24');
}

describe('the Node version check', () => {
  it('refuses versions before 22.12 with the way to get a newer one, and lets 22.12 and later through', () => {
    for (const old of ['18.20.4', '20.20.2', '22.11.0', 'v22.0.0']) expectAdvice(nodeVersionProblem(old) ?? '', old.replace(/^v/, ''));
    for (const good of ['22.12.0', '22.13.1', '23.0.0', '24.11.0', 'v26.1.0']) expect(nodeVersionProblem(good)).toBeNull();
  });

  it('is what npm runs before installing (engine-strict would stop npm before it could explain)', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string>; engines: { node: string } };
    expect(pkg.scripts.preinstall).toBe('node scripts/check-node.mjs');
    expect(pkg.engines.node).toBe(`>=${REQUIRED_NODE}`);
    expect(fs.readFileSync('.npmrc', 'utf8')).not.toMatch(/^\s*engine-strict\s*=\s*true/m);
  });

  it('passes on the Node running the tests', () => {
    const run = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  const systemVersion = fs.existsSync(SYSTEM_NODE) ? versionOf(SYSTEM_NODE) : '';
  const systemIsOld = systemVersion !== '' && nodeVersionProblem(systemVersion) !== null;
  it.runIf(systemIsOld)(`refuses the system's older Node (${systemVersion || 'none'}) with the advice, exit status 1`, () => {
    const run = spawnSync(SYSTEM_NODE, [SCRIPT], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expectAdvice(run.stderr, systemVersion);
  });
});
