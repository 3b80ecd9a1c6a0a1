import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The Electron executable when it is really installed (the same check as scripts/start.mjs). Never
 * loads electron's index.js: on a machine without the binary that tries to download it.
 */
export function electronBinary(): string | null {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!relative && !override) return null;
  const binary = path.join(override || path.join(packageDir, 'dist'), relative || 'electron');
  return fs.existsSync(binary) ? binary : null;
}

/** Why the Electron end-to-end test cannot run here, or null when it can. */
export function whyElectronCannotRun(): string | null {
  if (!electronBinary()) {
    return "Electron's binary is not installed on this machine (node_modules/electron has no dist/; it is downloaded when `npm ci` runs with network access)";
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'No display server for Electron windows (run the test under xvfb-run)';
  }
  return null;
}
