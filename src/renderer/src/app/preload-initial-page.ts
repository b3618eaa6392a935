// Starts loading the page the program opens on together with the shell, and for the applications
// list also its first rows, read as soon as the database is open. Errors are left to the page,
// which loads the same chunk (and reads again) when it renders.
import { AREA_PAGE_LOADERS } from './area-page-loaders';
import { areaOfPath, hashPath, isApplicationList } from './initial-page';

export function preloadInitialPage(hash: string): void {
  const path = hashPath(hash);
  const area = areaOfPath(path);
  if (area) AREA_PAGE_LOADERS[area]().catch(() => undefined);
  if (isApplicationList(path)) {
    import('@renderer/features/applications/list/first-rows-prefetch')
      .then((m) => m.prefetchFirstRows())
      .catch(() => undefined);
  }
}
