// Which URLs the window may show and which requests it may make. Pure, so it is unit-tested.
import { APP_HOST, APP_SCHEME } from '@shared/ipc-channels';

export { isSafeExternalUrl } from '@shared/external-url';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for pages of the app itself: app://tilskudd/…, or, in development only, the
 * electron-vite dev server origin passed as `devOrigin`.
 */
export function isAllowedAppUrl(url: string, devOrigin?: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (devOrigin) {
    const dev = parse(devOrigin);
    return dev !== null && parsed.origin === dev.origin;
  }
  return false;
}

/** Schemes the renderer may load without touching the network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/**
 * Defence in depth behind the CSP: every request the session makes must stay inside the app.
 * In development the dev server (and its websocket for hot reload) is allowed too.
 */
export function isAllowedRequestUrl(url: string, devOrigin?: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  if (isAllowedAppUrl(url, devOrigin)) return true;
  if (devOrigin && (parsed.protocol === 'ws:' || parsed.protocol === 'wss:')) {
    const dev = parse(devOrigin);
    return dev !== null && parsed.host === dev.host;
  }
  return false;
}
