import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/**
 * The layer rule: `shared` ← `electron/core` ← `electron/app`; `shared` ← `renderer`.
 * A file's imports (static, `import type`, re-exports, dynamic `import()`, `require`, `import x = require`)
 * come from TypeScript's own pre-processor, so nothing is parsed by regular expression.
 */
export type Layer = 'shared' | 'core' | 'app' | 'renderer' | 'electron-other';

export interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

export const LAYER_ROOTS = ['shared', 'electron', 'renderer'] as const;

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.replace(/^node:/, '')]));

/** Build tooling that runs in Node beside a layer (vite/electron-vite configs), not part of the layer itself. */
export function isBuildConfig(relFile: string): boolean {
  return /(^|\/)[^/]*\.config\.(ts|mts|cts)$/.test(relFile);
}

export function layerOf(relFile: string): Layer | null {
  const p = relFile.split(path.sep).join('/');
  if (p.startsWith('shared/')) return 'shared';
  if (p.startsWith('electron/core/')) return 'core';
  if (p.startsWith('electron/app/')) return 'app';
  if (p.startsWith('electron/')) return 'electron-other';
  if (p.startsWith('renderer/')) return 'renderer';
  return null;
}

function isNodeBuiltin(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  const bare = specifier.split('/')[0] as string;
  return NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(bare);
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}

/** The import specifiers of one source text, as TypeScript sees them. */
export function importsOf(source: string): string[] {
  const info = ts.preProcessFile(source, true, true);
  return [...info.importedFiles.map((f) => f.fileName), ...info.typeReferenceDirectives.map((d) => `@types/${d.fileName}`)];
}

/** Checks one file (path relative to the repository root) against the layer rules. */
export function checkFile(relFile: string, source: string): Violation[] {
  const layer = layerOf(relFile);
  if (!layer || isBuildConfig(relFile)) return [];
  const found: Violation[] = [];
  const flag = (specifier: string, rule: string) => found.push({ file: relFile, specifier, rule });
  const dir = path.posix.dirname(relFile.split(path.sep).join('/'));

  for (const specifier of importsOf(source)) {
    const relative = specifier.startsWith('.') || specifier.startsWith('/');
    const target = relative ? layerOf(path.posix.normalize(path.posix.join(dir, specifier))) : null;
    const targetPath = relative ? path.posix.normalize(path.posix.join(dir, specifier)) : '';
    const pkg = relative ? '' : packageName(specifier);
    const builtin = !relative && (isNodeBuiltin(specifier) || specifier === '@types/node');
    const electronPkg = pkg === 'electron';

    if (electronPkg && layer !== 'app') flag(specifier, `only electron/app may import 'electron' (this is ${layer})`);
    if (relative && (targetPath.startsWith('..') || targetPath === '.')) {
      if (layer !== 'electron-other') flag(specifier, 'imports from outside the layered folders');
    }

    switch (layer) {
      case 'shared':
        if (target && target !== 'shared') flag(specifier, `shared imports nothing from ${target}`);
        if (builtin) flag(specifier, 'shared imports no Node builtins');
        if (pkg === 'better-sqlite3' || pkg === 'ws' || pkg === 'sirv') flag(specifier, `shared imports no server package (${pkg})`);
        break;
      case 'core':
        if (target === 'app' || target === 'renderer' || target === 'electron-other')
          flag(specifier, `electron/core never imports ${target}`);
        break;
      case 'renderer':
        if (target && target !== 'renderer' && target !== 'shared') flag(specifier, `renderer never imports ${target}`);
        if (builtin) flag(specifier, 'renderer imports no Node builtins');
        if (pkg === 'better-sqlite3' || pkg === 'ws' || pkg === 'sirv') flag(specifier, `renderer never imports ${pkg}`);
        break;
      case 'app':
        if (target === 'renderer') flag(specifier, 'electron/app never imports renderer code');
        break;
      case 'electron-other':
        if (target === 'renderer') flag(specifier, 'electron/ never imports renderer code');
        break;
    }
  }
  return found;
}

function walk(dir: string, out: string[]): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
}

/** Every TypeScript source under the layered folders, relative to `root`. */
export function layeredFiles(root: string): string[] {
  const files: string[] = [];
  for (const top of LAYER_ROOTS) walk(path.join(root, top), files);
  return files.map((f) => path.relative(root, f).split(path.sep).join('/')).sort();
}

export function checkRepository(root: string): { files: string[]; violations: Violation[] } {
  const files = layeredFiles(root);
  const violations = files.flatMap((f) => checkFile(f, fs.readFileSync(path.join(root, f), 'utf8')));
  return { files, violations };
}
