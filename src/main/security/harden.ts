// Runtime guards wired to Electron events. The decisions themselves live in url-policy.ts.
import { shell } from 'electron';
import type { Session, WebContents } from 'electron';
import { isAllowedAppUrl, isAllowedRequestUrl, isSafeExternalUrl } from './url-policy';

function openInBrowser(url: string): void {
  if (isSafeExternalUrl(url)) {
    shell.openExternal(url).catch((error: unknown) => console.error('[security] openExternal', error));
  }
}

/** Applied to every webContents ever created (app 'web-contents-created'). */
export function hardenWebContents(contents: WebContents, devOrigin?: string): void {
  // The app is a single page: leaving it is refused; web links go to the user's browser.
  contents.on('will-navigate', (event, url) => {
    if (isAllowedAppUrl(url, devOrigin)) return;
    event.preventDefault();
    openInBrowser(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedAppUrl(url, devOrigin)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Permissions (camera, notifications, clipboard read, …) are never granted; nothing remote loads. */
export function hardenSession(session: Session, devOrigin?: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, devOrigin);
    if (!allowed) console.warn(`[security] blocked request ${details.url}`);
    callback({ cancel: !allowed });
  });
}
