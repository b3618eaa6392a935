// Starts loading a page before it is shown: the page the program opens on, together with the
// shell, and a menu entry the officer points at or tabs to. For the applications list it also
// reads the first rows. Errors are left to the page, which loads the same chunk (and reads again)
// when it renders.
import { AREA_PAGES } from './area-page-loaders';
import { areaOfPath, isApplicationList } from './initial-page';

export function preloadPage(path: string): void {
  const area = areaOfPath(path);
  if (area) AREA_PAGES[area].preload().catch(() => undefined);
  if (isApplicationList(path)) {
    import('@renderer/features/applications/list/first-rows-prefetch')
      .then((m) => m.prefetchFirstRows())
      .catch(() => undefined);
  }
}
