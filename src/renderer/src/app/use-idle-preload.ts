// Once the program is idle after starting, load the applications list (its page and first rows),
// the page officers open most: the first visit then draws at once instead of waiting for a chunk.
import { useEffect } from 'react';
import { areaPaths } from '@renderer/components/area-paths';
import { hashPath, isApplicationList } from './initial-page';
import { preloadPage } from './preload-page';

export function useIdlePreload(): void {
  useEffect(() => {
    // Not every environment has idle callbacks (happy-dom in tests); they only save time.
    if (typeof window.requestIdleCallback !== 'function') return;
    const handle = window.requestIdleCallback(
      () => {
        if (!isApplicationList(hashPath(window.location.hash))) preloadPage(areaPaths.applications);
      },
      { timeout: 5_000 },
    );
    return () => window.cancelIdleCallback(handle);
  }, []);
}
