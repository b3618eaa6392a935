// Decides what the officer sees: a spinner while the database opens, the first-run setup when
// no settings exist, otherwise the app shell. Both screens are separate chunks, so the entry only
// holds React, the theme and the database.
import { lazy, Suspense } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { theme } from './theme';
import { hashPath } from './initial-page';
import { preloadPage } from './preload-page';
import { preloadableLazy } from './preloadable-lazy';
import { StartErrorBoundary } from './StartErrorBoundary';
import { appText } from '@renderer/i18n/app';
import { StartupSplash } from '@renderer/components/StartupSplash';
import { CurrentSettingsContext } from '@renderer/components/current-settings';
import { useSettingsState } from '@renderer/components/use-settings-state';

// Most starts are by a returning officer: fetch the shell while the database opens.
const { Component: SignedInApp, preload: preloadSignedInApp } = preloadableLazy(() => import('./SignedInApp'));
preloadSignedInApp().catch(() => undefined);
// …and the page it opens on (with the list's first rows), instead of after the shell has drawn.
preloadPage(hashPath(window.location.hash));
const FirstRunPage = lazy(() => import('@renderer/features/first-run/FirstRunPage'));

function AppContent() {
  const state = useSettingsState();
  if (state === 'loading') return <StartupSplash label={appText.loadingDatabase} />;
  return (
    <Suspense fallback={<StartupSplash label={appText.loading} />}>
      {state === null ? (
        <FirstRunPage />
      ) : (
        <CurrentSettingsContext.Provider value={state}>
          <SignedInApp />
        </CurrentSettingsContext.Provider>
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
