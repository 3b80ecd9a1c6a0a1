/**
 * Where the console's pages live: `app://frontdesk/index.html`, with the route in the hash
 * (`#/display` for the customer display). Kept free of Electron so plain-Node tests can load it.
 */
export const PAGES_SCHEME = 'app';
export const PAGES_HOST = 'frontdesk';

/** The URL of the console (or, with `#/display`, the customer display). */
export function pageUrl(hash = ''): string {
  return `${PAGES_SCHEME}://${PAGES_HOST}/index.html${hash}`;
}

/** True for our own pages, whatever route (hash) they show. */
export function isOurPage(url: string): boolean {
  try {
    // Node's URL gives custom schemes an opaque origin ("null"), so compare the parts.
    const parsed = new URL(url);
    return parsed.protocol === `${PAGES_SCHEME}:` && parsed.host === PAGES_HOST && parsed.pathname === '/index.html';
  } catch {
    return false;
  }
}
