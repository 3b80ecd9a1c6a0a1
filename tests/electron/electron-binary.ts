import { electronBinary } from '../../scripts/electron-binary.mjs';

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
