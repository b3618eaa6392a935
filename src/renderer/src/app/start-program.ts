// Everything the first screen needs, started together the moment the entry runs: the shell's chunk,
// the chunk of the page in the address (and the list's first rows), the database and the settings.
// React draws once they are in; until then index.html's static splash shows. Drawn earlier, React
// drew a splash, then the shell around a spinner, then the page as its chunk came (a Suspense retry,
// rendered in slices), and the settings' arrival broke into that render and made React start the
// whole tree again; the page mounted a long while after the database had opened.
import { getDb } from '@renderer/data/db';
import { readShellHint } from '@renderer/components/shell-hint';
import { readCurrentSettings, type CurrentSettings } from '@renderer/components/use-settings-state';
import { loadFirstScreenChunks } from './first-screen-chunks';
import { hashPath, isApplicationList } from './initial-page';
import { preloadPage } from './preload-page';
import { FIRST_RUN_PAGE } from './start-chunks';

/** Performance mark set when React is asked to draw the first screen. */
export const FIRST_RENDER_MARK = 'oppstart:tegner';

export interface ProgramStart {
  /** The settings as read before the first render; null before the first run; absent if not read. */
  settings?: CurrentSettings | null;
}

const settled = (promise: Promise<unknown>): Promise<void> => promise.then(
  () => undefined,
  () => undefined,
);

function startSettingsRead(): Promise<CurrentSettings | null> {
  try {
    return readCurrentSettings(getDb());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * Starts the program's first screen and resolves when React can draw it in one go. Never rejects:
 * a chunk or database that fails is left to the app, which loads or reads again and shows the error.
 */
export async function startProgram(hash: string): Promise<ProgramStart> {
  const path = hashPath(hash);
  const hint = readShellHint();
  // Started already by early.ts; asked again here, they are shared, not loaded twice.
  const { shell, firstRun } = loadFirstScreenChunks(hash);
  // The page's chunk, and for the applications list its first rows.
  const page = preloadPage(path);
  const settings = startSettingsRead();
  void settled(settings);

  // A returning officer on the applications list: the shell draws from the remembered identity and
  // the list from its prefetched rows; neither waits for the settings (see shell-hint.ts).
  if (hint && isApplicationList(path)) {
    await Promise.all([settled(shell), page]);
    return {};
  }
  let read: CurrentSettings | null;
  try {
    read = await settings;
  } catch {
    return {};
  }
  if (read === null) {
    await settled(firstRun ?? FIRST_RUN_PAGE.preload());
    return { settings: null };
  }
  await Promise.all([settled(shell), page]);
  return { settings: read };
}
