// Starts loading a page before it is shown: the page the program opens on, together with the
// shell, and a menu entry the officer points at or tabs to. For the applications list and
// Vedtak og brev it also reads the first rows; for Oversikt, when the program opens on it, its
// counts. Errors are left to the page, which loads the same chunk (and reads again) when it renders.
import { AREA_PAGES } from './area-page-loaders';
import { areaOfPath, callOfHash, hashPath, isApplicationList, isDecisionList } from './initial-page';

/** Resolves (never rejects) once the page's chunk is in or has failed. */
export function preloadPage(path: string): Promise<void> {
  const area = areaOfPath(path);
  if (isApplicationList(path)) {
    import('@renderer/features/applications/list/first-rows-prefetch')
      .then((m) => m.prefetchFirstRows())
      .catch(() => undefined);
  }
  if (isDecisionList(path)) {
    // The call named in the address when the program opens on it; from a menu entry, the newest.
    const callId = hashPath(window.location.hash) === path ? callOfHash(window.location.hash) : undefined;
    import('@renderer/features/decisions/list/first-rows-prefetch')
      .then((m) => m.prefetchFirstDecisionRows(callId))
      .catch(() => undefined);
  }
  if (area === 'overview' && hashPath(window.location.hash) === '/') {
    // Opening on Oversikt: its calls and the call's counts are read while the shell and page load.
    import('@renderer/features/overview/start-prefetch')
      .then((m) => m.prefetchOverviewStart())
      .catch(() => undefined);
  }
  if (!area) return Promise.resolve();
  return AREA_PAGES[area].preload().then(
    () => undefined,
    () => undefined,
  );
}
