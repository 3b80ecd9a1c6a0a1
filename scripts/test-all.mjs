// `npm test`: every check and test runner, all of them even when one fails, then one line of totals.
// Type checks, lint, format, architecture rules, unused code and the build count as one test each; vitest and Playwright report
// their own counts through their JSON reporters (in .test-output/).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(root, '.test-output');
fs.mkdirSync(outDir, { recursive: true });

/**
 * Runs a command and resolves with its exit code. Its output is passed through as it comes, or, with
 * `buffered`, held and printed in one piece when it ends (for steps that run side by side).
 */
function run(command, args, env = {}, { buffered = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...env },
    });
    const chunks = [];
    if (buffered) {
      child.stdout.on('data', (c) => chunks.push(c));
      child.stderr.on('data', (c) => chunks.push(c));
    }
    child.on('error', (err) => {
      console.error(`could not run ${command}: ${err.message}`);
      resolve({ code: 127, output: '' });
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output: Buffer.concat(chunks).toString('utf8') }));
  });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;

/** A step that passes or fails as a whole; its output is printed in one piece when it ends. */
async function step(name, command, args) {
  const started = Date.now();
  const { code, output } = await run(command, args, {}, { buffered: true });
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}\n${output.trimEnd()}`);
  const note = code === 0 ? `ok in ${seconds(started)}` : `failed (exit ${code}) after ${seconds(started)}`;
  return { name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, note };
}

/** vitest, its output streamed as it comes; its counts come from its JSON report. */
async function vitest() {
  const started = Date.now();
  const report = path.join(outDir, 'vitest.json');
  fs.rmSync(report, { force: true });
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  console.log(`\n=== unit and integration tests: ${args.slice(0, 2).join(' ')}`);
  const { code } = await run('npx', args);
  const json = readJson(report);
  if (!json) return { name: 'vitest', passed: 0, failed: 1, skipped: 0, note: `no JSON report (exit ${code})` };
  // A file that cannot even load fails its suite without failing a test: count it as one failure.
  const brokenFiles = (json.testResults ?? []).filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  let failed = json.numFailedTests + brokenFiles;
  if (code !== 0 && failed === 0) failed = 1; // e.g. an unhandled error between tests
  return {
    name: 'vitest',
    passed: json.numPassedTests,
    failed,
    skipped: json.numPendingTests + json.numTodoTests,
    note: `exit ${code} after ${seconds(started)}`,
  };
}

async function playwright(name, configArgs, reportName, reporterArgs) {
  const started = Date.now();
  const report = path.join(outDir, reportName);
  fs.rmSync(report, { force: true });
  console.log(`\n=== ${name}: playwright test ${configArgs.join(' ')}`);
  const { code } = await run('npx', ['playwright', 'test', ...configArgs, ...reporterArgs], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: report,
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
  });
  const json = readJson(report);
  if (!json?.stats) return { name, passed: 0, failed: 1, skipped: 0, note: `no JSON report (exit ${code})` };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = json.stats;
  let failed = unexpected + (json.errors?.length ?? 0);
  if (code !== 0 && failed === 0) failed = 1; // no tests found, a global setup that threw
  return {
    name,
    passed: expected + flaky,
    failed,
    skipped,
    note: `exit ${code} after ${seconds(started)}${flaky ? `, ${flaky} flaky` : ''}`,
  };
}

const results = [];
// Static checks and the one build run side by side: none writes what another reads. The build (main,
// preload and renderer into out/) comes before the tests because the station-process tests serve the
// renderer and the built station server, and the Electron suite loads main and preload.
results.push(
  ...(await Promise.all([
    step('type check', 'npm', ['run', '--silent', 'typecheck']),
    step('lint', 'npm', ['run', '--silent', 'lint']),
    step('format', 'npm', ['run', '--silent', 'format:check']),
    step('architecture rules', 'npm', ['run', '--silent', 'arch']),
    step('unused code', 'npm', ['run', '--silent', 'unused']),
    step('build', 'npm', ['run', '--silent', 'build']),
  ])),
);
// The tests that start station servers start the built one, and Playwright's global setup does not build again.
if (results.find((r) => r.name === 'build')?.passed) process.env.FRONTDESK_PREBUILT = '1';
// vitest, then the browser suite, one after the other: both keep the machine's cores busy, and run side
// by side they only took turns (and the browser tests' waits ran out).
results.push(await vitest());
results.push(await playwright('browser end-to-end', [], 'playwright.json', ['--reporter=list,json']));
if (fs.existsSync(path.join(root, 'tests/electron/playwright.config.ts'))) {
  results.push(await playwright('electron end-to-end', ['-c', 'tests/electron'], 'electron.json', ['--add-reporter=json']));
} else {
  results.push({
    name: 'electron end-to-end',
    passed: 0,
    failed: 0,
    skipped: 1,
    note: 'skipped: tests/electron/playwright.config.ts does not exist yet',
  });
}

console.log('\n=== results');
for (const r of results) console.log(`${r.name.padEnd(22)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped (${r.note})`);
const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
const failed = total('failed');
const totals = `${total('passed')} passed, ${failed} failed, ${total('skipped')} skipped`;
fs.writeFileSync(path.join(outDir, 'totals.txt'), `${totals}\n`);
process.exitCode = failed > 0 ? 1 : 0;
console.log(totals);
