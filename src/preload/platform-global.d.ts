// window.platform exists only inside Electron (set by the preload); the browser has none.
import type { Platform } from '@shared/platform';

declare global {
  interface Window {
    platform?: Platform;
  }
}

export {};
