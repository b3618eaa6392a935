// Once the program has started (see after-startup.ts), load the applications list (its page and
// first rows), the page officers open most: the first visit then draws at once instead of waiting
// for a chunk.
import { usePreloadAfterStartup } from '@renderer/components/after-startup';
import { areaPaths } from '@renderer/components/area-paths';
import { hashPath, isApplicationList } from './initial-page';
import { preloadPage } from './preload-page';

function preloadApplicationList(): void {
  if (!isApplicationList(hashPath(window.location.hash))) preloadPage(areaPaths.applications);
}

export function useIdlePreload(): void {
  usePreloadAfterStartup(preloadApplicationList);
}
