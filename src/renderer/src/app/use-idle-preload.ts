// Once the program has started (see after-startup.ts), load the applications list (its page and first rows),
// the page officers open most: the first visit then draws at once instead of waiting for a chunk.
import { useEffect } from 'react';
import { afterStartup } from '@renderer/components/after-startup';
import { areaPaths } from '@renderer/components/area-paths';
import { hashPath, isApplicationList } from './initial-page';
import { preloadPage } from './preload-page';

export function useIdlePreload(): void {
  useEffect(() => {
    // Not every environment has idle callbacks (happy-dom in tests); they only save time.
    if (typeof window.requestIdleCallback !== 'function') return;
    return afterStartup(() => {
      if (!isApplicationList(hashPath(window.location.hash))) preloadPage(areaPaths.applications);
    });
  }, []);
}
