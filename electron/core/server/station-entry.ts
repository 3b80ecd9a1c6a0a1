import module from 'node:module';

/**
 * The built station server's entry (out/main/station.js). It turns on Node's on-disk compile cache
 * before the server's code loads, and hands the cache to the reader worker through the environment,
 * so a station started again skips compiling its bundled JavaScript (about a quarter of a second of
 * CPU at every start; the end-to-end tests start one per test).
 */
const cache = module.enableCompileCache();
if (cache.directory) process.env.NODE_COMPILE_CACHE = cache.directory;
await import('./cli.ts');
