import { call } from './dispatch.ts';
import type { Core } from './core.ts';
import { ensureDailyBackup, runBackup } from './services/backup.ts';
import { runCheck } from './services/cashier/integrity.ts';
import { findProfile } from './services/profile.ts';
import { alarmState } from './services/reminders/index.ts';

const DAILY_CHECK_MS = 10 * 60_000;

/** The reader workers start with the console, so the first heavy read (a report, the audit log) does not wait for one. */
export function startReaders(core: Core): void {
  core.readers.start().catch((err: unknown) => console.error('The reader workers could not start:', (err as Error).message));
}

/**
 * The money chain's check at start-up (docs/cashier.md, Tamper evidence): walked in a reader worker
 * while the console opens, recorded, and announced, so a broken chain warns whoever is signed in.
 */
export function checkMoneyChain(core: Core, origin: 'cli' | 'app'): void {
  if (!findProfile(core.db)) return;
  runCheck(core, { trigger: 'startup', actorId: null, origin })
    .then(() => core.events.emit({ type: 'invalidate', prefixes: ['cashier.integrity.'] }))
    .catch((err: unknown) => console.error('The money records check could not run:', (err as Error).message));
}

/** The alarm never sleeps longer than this, so a clock moved by hand is noticed within it. */
const ALARM_MAX_SLEEP_MS = 30_000;

/**
 * The reminders' alarm: it wakes when the next pending reminder falls due and tells every console
 * (an `invalidate` of `reminders.`), which then rings until someone takes it. It keeps no schedule of
 * its own: each wake asks the store, so a restart, a new reminder or a retry is picked up as it is
 * written. Reminders already due when it starts are overdue: the consoles find them on their first read.
 */
export function startReminderAlarm(core: Core): () => void {
  let since = core.nowIso();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const wake = () => {
    const now = core.nowIso();
    const { fellDue, nextAt } = alarmState(core.db, since, now);
    since = now;
    if (fellDue) core.events.emit({ type: 'invalidate', prefixes: ['reminders.'] });
    const sleep = nextAt === null ? ALARM_MAX_SLEEP_MS : Math.min(ALARM_MAX_SLEEP_MS, Math.max(50, Date.parse(nextAt) - core.clock.now()));
    if (timer) clearTimeout(timer);
    timer = setTimeout(wake, sleep);
    timer.unref();
  };
  const stopListening = core.events.subscribe((event) => {
    if (event.type === 'invalidate' && event.prefixes.some((p) => p.startsWith('reminders.'))) queueMicrotask(wake);
  });
  wake();
  return () => {
    stopListening();
    if (timer) clearTimeout(timer);
  };
}

/** Start-of-day backups: one when the console starts, and again when the business date rolls over. */
export function startDailyBackups(core: Core): () => void {
  const run = () => ensureDailyBackup(core).catch((err) => console.error('The daily backup failed:', (err as Error).message));
  void run();
  const timer = setInterval(() => void run(), DAILY_CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** The backup taken when the console quits; skipped for a store that was never set up. */
export async function backupOnQuit(core: Core): Promise<void> {
  if (!findProfile(core.db)) return;
  await runBackup(core, 'quit');
}

/**
 * `--demo`: fills a new, empty store with the demo shop. `origin` says who started it (`cli` for the
 * station server's command line, `app` for the desktop app), and every demo row records it.
 */
export async function loadDemoIfEmpty(core: Core, locale: 'zh-CN' | 'en', origin: 'cli' | 'app'): Promise<boolean> {
  if (findProfile(core.db)) return false;
  await call(core, 'setup.loadDemo', { locale }, { origin });
  return true;
}
