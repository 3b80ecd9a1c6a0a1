import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The Electron executable when it is really installed, else null. Never loads electron's index.js:
 * on a machine without the binary that tries to download it. Shared by `npm start` and the Electron
 * end-to-end test.
 */
export function electronBinary() {
  let packageDir;
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
