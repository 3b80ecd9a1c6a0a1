import type { Core } from '../core/core.ts';
import { startStation, type Station } from '../core/server/station.ts';

/**
 * The station server inside the desktop app, on the same core: always on loopback (the customer
 * display in a browser, a local check), and on the shop's LAN while an admin has that setting on
 * (the station follows the setting live). A taken port falls back to a free one rather than failing.
 */
export async function startInAppStation(core: Core, rendererDir: string, port: number): Promise<Station | null> {
  try {
    return await startStation({ core, rendererDir, host: '127.0.0.1', port });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) {
      console.error(`The in-app station server did not start: ${(err as Error).message}`);
      return null;
    }
    console.error(`Port ${port} is taken; the in-app station server uses a free port instead.`);
    return startInAppStation(core, rendererDir, 0);
  }
}
