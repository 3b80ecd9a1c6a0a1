import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../core/data-dir.ts';

export interface ShellArgs {
  dataDir: string;
  demo: boolean;
  locale: 'zh-CN' | 'en' | null;
  /** The in-app station server's loopback port; 0 picks a free one. */
  port: number;
}

const DEFAULT_PORT = 4780;

/**
 * Reads our flags from the app's command line (`npm start -- --demo --data-dir DIR`). Chromium's and
 * Node's own switches, and the app path, are left alone.
 */
export function parseShellArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ShellArgs {
  const { values } = parseArgs({
    args: argv.slice(1),
    strict: false,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      demo: { type: 'boolean' },
      locale: { type: 'string' },
      port: { type: 'string' },
    },
  });
  const dataDir = typeof values['data-dir'] === 'string' ? path.resolve(values['data-dir']) : defaultDataDir(env);
  const locale = values.locale === 'zh-CN' || values.locale === 'en' ? values.locale : null;
  const rawPort = typeof values.port === 'string' ? values.port : env.FRONTDESK_PORT;
  const port = rawPort !== undefined && /^\d+$/.test(rawPort) && Number(rawPort) <= 65535 ? Number(rawPort) : DEFAULT_PORT;
  return { dataDir, demo: values.demo === true, locale, port };
}
