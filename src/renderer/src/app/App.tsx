// Decides what the officer sees: a spinner while the database opens (for a returning officer who
// opens on the list, the shell and the list at once, see shell-hint.ts), the first-run setup when
// no settings exist, otherwise the app shell. Both screens are separate chunks, so the entry only
// holds React, the theme and the database.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { theme } from './theme';
import { hashPath, isApplicationList } from './initial-page';
import { preloadPage } from './preload-page';
import { preloadableLazy } from '@renderer/components/preloadable-lazy';
import { StartErrorBoundary } from './StartErrorBoundary';
import { appText } from '@renderer/i18n/app';
import { StartupSplash } from '@renderer/components/StartupSplash';
import { CurrentSettingsContext, ShellHintContext, identityOf } from '@renderer/components/current-settings';
import { readShellHint, writeShellHint, type ShellIdentity } from '@renderer/components/shell-hint';
import { useSettingsState, type CurrentSettings, type SettingsState } from '@renderer/components/use-settings-state';

// Most starts are by a returning officer: fetch the shell while the database opens.
const { Component: SignedInApp, preload: preloadSignedInApp } = preloadableLazy(() => import('./SignedInApp'));
preloadSignedInApp().catch(() => undefined);
// …and the page it opens on (with the list's first rows), instead of after the shell has drawn.
preloadPage(hashPath(window.location.hash));
const FirstRunPage = lazy(() => import('@renderer/features/first-run/FirstRunPage'));

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

function AppContent() {
  const state = useSettingsState();
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

export function App() {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <StartErrorBoundary>
        <AppContent />
      </StartErrorBoundary>
    </ThemeProvider>
  );
}
