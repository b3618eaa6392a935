// The installation's anchor store, set once at start by the app (it knows the platform). Backups,
// restores and the check find it here, so every caller of createBackup signs without wiring.
import type { AnchorStore } from './anchor-store';

let current: AnchorStore | null = null;

export function setAnchorStore(store: AnchorStore | null): void {
  current = store;
}

export function getAnchorStore(): AnchorStore | null {
  return current;
}
