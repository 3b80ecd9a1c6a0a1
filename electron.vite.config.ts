import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const migrationsSource = path.join(root, 'electron/core/store/migrations');

/**
 * The store reads its numbered .sql migrations at run time, so they travel next to the bundled main
 * (out/main/migrations) and main passes that folder to the core.
 */
function copyMigrations(): Plugin {
  return {
    name: 'frontdesk:copy-migrations',
    apply: 'build',
    writeBundle(options) {
      const target = path.join(options.dir ?? path.join(root, 'out/main'), 'migrations');
      fs.rmSync(target, { recursive: true, force: true });
      fs.mkdirSync(target, { recursive: true });
      for (const file of fs.readdirSync(migrationsSource)) {
        if (file.endsWith('.sql')) fs.copyFileSync(path.join(migrationsSource, file), path.join(target, file));
      }
    },
  };
}

/** The main process's dependencies bundled into out/main (see `externalizeDeps` below). */
const BUNDLED_DEPS = [
  'zod',
  'date-fns',
  '@date-fns/tz',
  '@date-fns/utc',
  'pngjs',
  'iconv-lite',
  'i18next',
  'bwip-js',
  'ws',
  'sirv',
  'pinyin-pro',
];

/**
 * Main and preload only. The renderer has one build of its own (renderer/vite.config.ts, also used by
 * the station server), which `npm run build` runs right after this one into out/renderer.
 */
export default defineConfig({
  main: {
    build: {
      outDir: path.join(root, 'out/main'),
      // The pure-JavaScript dependencies are bundled in: resolving their hundreds of small ESM files
      // (date-fns, zod) one by one cost the station about 0.5 s of CPU at every start, twice with the
      // reader worker. better-sqlite3 is native, and playwright-core (the PDF printer) drives a
      // browser from its own files, so they stay plain imports that electron-builder packages.
      externalizeDeps: { exclude: BUNDLED_DEPS },
      rolldownOptions: {
        // The reader worker is a second entry: the core starts it as out/main/reader-worker.js. The
        // station server is a third (out/main/station.js): the end-to-end tests start it in well under
        // a second, where compiling the TypeScript under tsx takes several.
        input: {
          index: path.join(root, 'electron/app/main.ts'),
          'reader-worker': path.join(root, 'electron/core/readers/reader-worker.ts'),
          station: path.join(root, 'electron/core/server/station-entry.ts'),
        },
      },
    },
    plugins: [copyMigrations()],
  },
  preload: {
    build: {
      outDir: path.join(root, 'out/preload'),
      // A sandboxed preload can require only 'electron' and a few built-ins: bundle everything else
      // (the contract's operation names) into one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: path.join(root, 'electron/app/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
});
