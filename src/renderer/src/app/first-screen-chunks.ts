// The chunks of the first screen, asked for in one place: by the early script (early.ts) as soon as
// the document is parsed, and again by the entry (start-program.ts), which then finds them loading.
import { readShellHint } from '@renderer/components/shell-hint';
import { AREA_PAGES } from './area-page-loaders';
import { areaOfPath, hashPath } from './initial-page';
import { firstReadOf } from './first-reads';
import { FIRST_RUN_PAGE, SIGNED_IN_APP } from './start-chunks';

export interface FirstScreenChunks {
  shell: Promise<unknown>;
  /** The page in the address; resolves (never rejects) once its chunk is in or has failed. */
  page: Promise<void>;
  /** The setup page, when no officer is remembered from an earlier start (most likely the first). */
  firstRun: Promise<unknown> | undefined;
}

/** Starts (once; later calls share the same loads) the chunks the first screen at `hash` needs. */
export function loadFirstScreenChunks(hash: string): FirstScreenChunks {
  const path = hashPath(hash);
  // The module that reads the page's first data, fetched with the page's chunk so that read need not wait for its own chunk.
  firstReadOf(path)?.load().catch(() => undefined);
  const area = areaOfPath(path);
  const page = area
    ? AREA_PAGES[area].preload().then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve();
  return {
    shell: SIGNED_IN_APP.preload(),
    page,
    firstRun: readShellHint() === null ? FIRST_RUN_PAGE.preload() : undefined,
  };
}
