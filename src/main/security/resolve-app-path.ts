// Maps an app://tilskudd/… URL to a file inside the renderer folder, refusing anything that
// would escape it (../, encoded ..%2f, absolute paths, NUL bytes).
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from '@shared/ipc-channels';

/** Returns the absolute file path, or null when the URL is not ours or points outside `rootDir`. */
export function resolveAppPath(url: string, rootDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (pathname.includes('\0')) return null;
  if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html';

  const root = normalize(rootDir);
  const candidate = normalize(join(root, pathname));
  const rel = relative(root, candidate);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) {
    return null;
  }
  return candidate;
}
