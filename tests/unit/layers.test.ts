import { describe, expect, it } from 'vitest';
import { checkFile, checkRepository, importsOf } from '../support/layers.ts';
import { ROOT } from '../support/station-process.ts';

describe('layer check: shared ← electron/core ← electron/app; shared ← renderer', () => {
  it('finds every kind of import TypeScript knows about', () => {
    const source = [
      "import type { A } from './a.ts';",
      "import fs from 'node:fs';",
      "export * from '../b.ts';",
      "export { c } from 'c-pkg';",
      "const e = await import('electron');",
      "const p = require('path');",
      "import os = require('os');",
      "type D = typeof import('better-sqlite3');",
    ].join('\n');
    expect(importsOf(source)).toEqual(['./a.ts', 'node:fs', '../b.ts', 'c-pkg', 'electron', 'path', 'os', 'better-sqlite3']);
  });

  it('flags each forbidden direction in a fake file', () => {
    const rules = (file: string, source: string) => checkFile(file, source).map((v) => v.specifier);

    // shared: nothing from electron/ or renderer/, no Node builtins
    expect(rules('shared/x.ts', "import { Core } from '../electron/core/core.ts';")).toEqual(['../electron/core/core.ts']);
    expect(rules('shared/contract/x.ts', "import type { P } from '../../renderer/src/app.tsx';")).toEqual(['../../renderer/src/app.tsx']);
    expect(rules('shared/x.ts', "import fs from 'fs';\nimport p from 'node:path';")).toEqual(['fs', 'node:path']);
    expect(rules('shared/x.ts', "import { z } from 'zod';\nimport { ROLES } from './roles.ts';")).toEqual([]);

    // electron/core: never 'electron', electron/app or renderer
    expect(rules('electron/core/x.ts', "import { app } from 'electron';")).toEqual(['electron']);
    expect(rules('electron/core/x.ts', "const m = await import('electron/main');")).toEqual(['electron/main']);
    expect(rules('electron/core/services/x.ts', "import type { W } from '../../app/window.ts';")).toEqual(['../../app/window.ts']);
    expect(rules('electron/core/x.ts', "import { App } from '../../renderer/src/App.tsx';")).toEqual(['../../renderer/src/App.tsx']);
    expect(
      rules(
        'electron/core/x.ts',
        "import fs from 'node:fs';\nimport Database from 'better-sqlite3';\nimport { z } from '../../shared/contract/index.ts';",
      ),
    ).toEqual([]);

    // renderer: no Node builtins, nothing from electron/, no 'electron' or 'better-sqlite3'
    expect(rules('renderer/src/x.tsx', "import path from 'path';")).toEqual(['path']);
    expect(rules('renderer/src/x.tsx', "import { readFile } from 'node:fs/promises';")).toEqual(['node:fs/promises']);
    expect(rules('renderer/src/x.tsx', "import { ipcRenderer } from 'electron';")).toEqual(['electron']);
    expect(rules('renderer/src/x.tsx', "import type Database from 'better-sqlite3';")).toEqual(['better-sqlite3']);
    expect(rules('renderer/src/x.tsx', "import { call } from '../../electron/core/dispatch.ts';")).toEqual([
      '../../electron/core/dispatch.ts',
    ]);
    expect(
      rules(
        'renderer/src/x.tsx',
        "import { contract } from '../../shared/contract/index.ts';\nimport { useQuery } from '@tanstack/react-query';",
      ),
    ).toEqual([]);

    // only electron/app imports 'electron'
    expect(
      rules('electron/app/main.ts', "import { app, BrowserWindow } from 'electron';\nimport { Core } from '../core/core.ts';"),
    ).toEqual([]);
    expect(rules('electron/app/main.ts', "import { App } from '../../renderer/src/App.tsx';")).toEqual(['../../renderer/src/App.tsx']);
    expect(rules('electron/other.ts', "import { app } from 'electron';")).toEqual(['electron']);
  });

  it('holds for every source file in the repository', () => {
    const { files, violations } = checkRepository(ROOT);
    // The scan must actually see the layers; an empty scan would pass vacuously.
    expect(files.some((f) => f.startsWith('shared/'))).toBe(true);
    expect(files.some((f) => f.startsWith('electron/core/'))).toBe(true);
    expect(violations.map((v) => `${v.file}: ${v.specifier} (${v.rule})`)).toEqual([]);
  });
});
