// Starts loading a page before it is shown: the page the program opens on, together with the
// shell, and a menu entry the officer points at or tabs to. For the applications list and
// Vedtak og brev it also reads the first rows; for Oversikt, when the program opens on it, its
// counts (first-reads.ts). Errors are left to the page, which loads the same chunk (and reads
// again) when it renders.
import { AREA_PAGES } from './area-page-loaders';
import { firstReadOf } from './first-reads';
import { areaOfPath, hashPath } from './initial-page';

/** Resolves (never rejects) once the page's chunk is in or has failed. */
export function preloadPage(path: string): Promise<void> {
  const area = areaOfPath(path);
  // Oversikt's counts only when opening on it: pointing at its menu entry elsewhere reads nothing.
  if (path !== '/' || hashPath(window.location.hash) === '/') void firstReadOf(path)?.start();
  if (!area) return Promise.resolve();
  return AREA_PAGES[area].preload().then(
    () => undefined,
    () => undefined,
  );
}
