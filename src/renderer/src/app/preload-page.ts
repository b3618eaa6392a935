// Starts loading a page before it is shown: the page the program opens on, together with the
// shell, and a menu entry the officer points at or tabs to. For the applications list and
// Vedtak og brev it also reads the first rows; for Oversikt, when the program opens on it, its
// counts (first-reads.ts). Errors are left to the page, which loads the same chunk (and reads
// again) when it renders.
import { AREA_PAGES } from './area-page-loaders';
import { startFirstRead } from './first-reads';
import { areaOfPath } from './initial-page';

/** Resolves (never rejects) once the page's chunk is in or has failed. */
export function preloadPage(path: string): Promise<void> {
  const area = areaOfPath(path);
  void startFirstRead(path);
  if (!area) return Promise.resolve();
  return AREA_PAGES[area].preload().then(
    () => undefined,
    () => undefined,
  );
}
