import type { ServerEvent } from '../../../shared/contract/index.ts';

/** Whether an invalidation prefix covers reads named `area` ('' and 'disp' cover 'display.'; 'display.state' too). */
export const touches = (prefix: string, area: string): boolean => prefix.startsWith(area) || area.startsWith(prefix);

/**
 * What a paired display may hear: hello, the calls, and invalidations of the display's own reads.
 * Nothing else (no print jobs, no backups, no other area's changes) reaches it.
 */
export function forDisplay(event: ServerEvent): ServerEvent | null {
  switch (event.type) {
    case 'hello':
    case 'queue.call':
      return event;
    case 'invalidate': {
      const prefixes = event.prefixes.filter((p) => touches(p, 'display.'));
      return prefixes.length ? { type: 'invalidate', prefixes } : null;
    }
    default:
      return null;
  }
}
