// Decides what the officer sees: the first-run setup when no settings exist, otherwise the app
// shell. main.tsx draws it once start-program.ts has the screen's chunks and the settings in, so the
// first render is the real screen; rendered without that (tests), it shows a splash while the
// database opens (for a returning officer who opens on the list, the shell and the list at once,
// see shell-hint.ts).
import { Suspense, useEffect, useMemo, useState } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { theme } from './theme';
import { hashPath, isApplicationList } from './initial-page';
import { FIRST_RUN_PAGE, SIGNED_IN_APP } from './start-chunks';
import type { ProgramStart } from './start-program';
import { StartErrorBoundary } from './StartErrorBoundary';
import { appText } from '@renderer/i18n/app';
import { StartupSplash } from '@renderer/components/StartupSplash';
import { CurrentSettingsContext, ShellHintContext, identityOf } from '@renderer/components/current-settings';
import { readShellHint, writeShellHint, type ShellIdentity } from '@renderer/components/shell-hint';
import { useSettingsState, type CurrentSettings, type SettingsState } from '@renderer/components/use-settings-state';

// Most starts are by a returning officer: the shell's chunk loads from the moment this module runs
// (start-program.ts asks again, which costs nothing).
SIGNED_IN_APP.preload().catch(() => undefined);
const SignedInApp = SIGNED_IN_APP.Component;
const FirstRunPage = FIRST_RUN_PAGE.Component;

/**
 * A promise of the settings, resolved the first time they are read: while the shell is drawn from
 * the remembered identity, pages that need the settings wait on it.
 */
function useFirstSettings(state: SettingsState): Promise<CurrentSettings> {
  const [first] = useState(() => {
    let resolve: (settings: CurrentSettings) => void = () => undefined;
    const promise = new Promise<CurrentSettings>((r) => (resolve = r));
    return { promise, resolve };
  });
  if (state !== 'loading' && state !== null) first.resolve(state);
  return first.promise;
}

/**
 * The remembered identity, when the shell may be drawn with it before the settings are read: for a
 * returning officer who opens on the applications list, the page that needs no settings and where
 * the wait shows. A page that needs the settings would only show a spinner in the drawn shell, and
 * React holds a page's reveal after a spinner for up to 300 ms: no gain there, and a flash.
 */
function earlyShellHint(): ShellIdentity | null {
  return isApplicationList(hashPath(window.location.hash)) ? readShellHint() : null;
}

function AppContent({ start }: { start: ProgramStart }) {
  const state = useSettingsState(start.settings === undefined ? 'loading' : start.settings);
  const firstSettings = useFirstSettings(state);
  // Read once: whether the shell can draw before the database has answered.
  const [hint] = useState(earlyShellHint);
  // The same element every render: when the settings arrive, only what reads them draws again, not
  // the router and the page below it.
  const shell = useMemo(() => <SignedInApp />, []);
  useEffect(() => {
    if (state === 'loading') return;
    writeShellHint(state === null ? null : identityOf(state));
  }, [state]);

  if (state === 'loading' && !hint) return <StartupSplash label={appText.loadingDatabase} />;
  return (
    <Suspense fallback={<StartupSplash label={appText.loading} />}>
      {state === null ? (
        <FirstRunPage />
      ) : (
        <ShellHintContext.Provider value={hint}>
          <CurrentSettingsContext.Provider value={state === 'loading' ? firstSettings : state}>
            {shell}
          </CurrentSettingsContext.Provider>
        </ShellHintContext.Provider>
      )}
    </Suspense>
  );
}

/** `start`: what start-program.ts read before the first render (nothing when rendered directly). */
export function App({ start = {} }: { start?: ProgramStart }) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <StartErrorBoundary>
        <AppContent start={start} />
      </StartErrorBoundary>
    </ThemeProvider>
  );
}
