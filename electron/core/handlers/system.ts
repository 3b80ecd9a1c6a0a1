import type { Contract } from '../../../shared/contract/index.ts';
import type { HandlerTable } from './types.ts';

type SystemOps = keyof Contract & `system.${string}`;

export const systemHandlers: HandlerTable<SystemOps> = {
  'system.info': (_input, { core }) => ({
    version: core.version,
    dataDir: core.dataDir,
    dbFile: core.dbFile,
    schemaVersion: core.schemaVersion,
    startedAt: new Date(core.startedAt).toISOString(),
    stationUrls: core.stationUrls(),
  }),
};
