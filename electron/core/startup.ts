import type { Locale } from '../../shared/contract/fields.ts';
import { coreT } from './i18n.ts';
import { StoreLockedError } from './store/lock.ts';
import { NewerStoreError } from './store/migrate.ts';

/**
 * What to tell the person starting the app when the store cannot be opened (a newer Frontdesk wrote
 * it, another Frontdesk holds it, or anything else), in their language: the shell shows it in a
 * dialog before any screen exists, so the store's own language is not known yet.
 */
export function startupRefusal(err: unknown, locale: Locale, dataDir: string): { title: string; message: string } {
  const t = coreT(locale, 'startup');
  let message: string;
  if (err instanceof NewerStoreError) message = t('newerStore', { found: err.found, supported: err.supported });
  else if (err instanceof StoreLockedError) message = t('locked', { pid: err.pid, dataDir: err.dataDir });
  else message = t('other', { dataDir, message: err instanceof Error ? err.message : String(err) });
  return { title: t('title'), message };
}
