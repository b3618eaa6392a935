// The renderer's only way to the operating system. Electron's preload sets window.platform;
// without it (a browser tab) the browser implementation takes over.
import type { Platform } from '@shared/platform';
import { createBrowserPlatform } from './browser-platform';

let cached: Platform | undefined;

export function getPlatform(): Platform {
  cached ??= window.platform ?? createBrowserPlatform();
  return cached;
}
