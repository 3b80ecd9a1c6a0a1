import type { Session, WebContents, WebPreferences } from 'electron';
import { isOurPage } from './page-url.ts';

export type WindowKind = 'console' | 'display';

/** Chromium permissions our pages may use: writing to the clipboard (copying a ticket number). */
const ALLOWED_PERMISSIONS = new Set<string>(['clipboard-sanitized-write']);

/** The same locked-down preferences for every window; preload learns which window it is from argv. */
export function secureWebPreferences(preload: string, kind: WindowKind): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    additionalArguments: [`--frontdesk-window=${kind}`],
    // The queue display chimes and speaks its calls with nobody there to tap it first.
    ...(kind === 'display' ? { autoplayPolicy: 'no-user-gesture-required' as const } : {}),
  };
}

/** Refuses every permission request and check except the few above, and only for our own pages. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((webContents, permission, callback) => {
    callback(ALLOWED_PERMISSIONS.has(permission) && isOurPage(webContents.getURL()));
  });
  session.setPermissionCheckHandler((webContents, permission) => {
    return ALLOWED_PERMISSIONS.has(permission) && !!webContents && isOurPage(webContents.getURL());
  });
}

/** No navigation away from our pages, no new windows, no <webview>. */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isOurPage(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isOurPage(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
