import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Frontdesk';

/**
 * Where the store lives when nobody says otherwise: the same folder Electron's `userData` uses for
 * this app, so the desktop app and the station server open one store.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.FRONTDESK_DATA_DIR) return path.resolve(env.FRONTDESK_DATA_DIR);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_NAME);
}
