// An AnchorStore for tests: the browser implementation over an in-memory Storage.
import { browserChangeLogAnchor } from '@renderer/platform/browser-anchor';
import type { Platform } from '@shared/platform';
import { platformAnchorStore } from '@renderer/features/change-log/platform-anchor-store';

export function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

export function memoryAnchorStore(storage: Storage = memoryStorage()) {
  const platform = { kind: 'browser', changeLogAnchor: (r) => browserChangeLogAnchor(r, storage) } as Pick<
    Platform,
    'kind' | 'changeLogAnchor'
  > as Platform;
  return platformAnchorStore(platform);
}
