// Only our own pages may call IPC. A frame that navigated elsewhere (or was destroyed,
// giving no URL) is refused.
import { isAllowedAppUrl } from './url-policy';

export function isTrustedSender(frameUrl: string | null | undefined, devOrigin?: string): boolean {
  if (!frameUrl) return false;
  return isAllowedAppUrl(frameUrl, devOrigin);
}
