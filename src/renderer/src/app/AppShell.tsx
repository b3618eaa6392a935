// The frame around every page: skip link, app bar, side menu, and the main landmark with the
// current (lazily loaded) page. Also listens to the native menu (About, Settings).
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import { getPlatform } from '@renderer/platform';
import { appText } from '@renderer/i18n/app';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { AppHeader } from './AppHeader';
import { SideNav } from './SideNav';
import { SkipLink, MAIN_ID, focusMain } from './SkipLink';
import { PageErrorBoundary } from './PageErrorBoundary';
import { areaPath } from './areas';
import { HELP_PATH } from './help-path';
import { useIdlePreload } from './use-idle-preload';
import { AnchorKeeper } from '@renderer/features/change-log/AnchorKeeper';
import { BackupAgent } from '@renderer/features/backup/BackupAgent';

// Loaded the first time it is opened: the dialog and its parts are not needed to draw the shell.
const AboutDialog = lazy(() => import('./AboutDialog').then((m) => ({ default: m.AboutDialog })));

export function AppShell() {
  const [aboutOpen, setAboutOpen] = useState(false);
  // The menu drawer of a narrow window.
  const [menuOpen, setMenuOpen] = useState(false);
  const closeMenu = useCallback(() => setMenuOpen(false), []);
  // Stays mounted once opened, so that closing it can play its transition.
  const [aboutUsed, setAboutUsed] = useState(false);
  if (aboutOpen && !aboutUsed) setAboutUsed(true);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useIdlePreload();

  useEffect(
    () =>
      getPlatform().onMenuCommand((command) => {
        if (command === 'about') setAboutOpen(true);
        if (command === 'settings') void navigate(areaPath('settings'));
        if (command === 'help') void navigate(HELP_PATH);
      }),
    [navigate],
  );

  // The shell may replace the first-run form, left scrolled down at its button: the first page
  // opens at its top, as after a page load (the overview opened 355 px down at 1280×800).
  useEffect(() => window.scrollTo(0, 0), []);

  // After moving to another area, put focus at the start of the new page (as a page load would).
  const firstPath = useRef(pathname);
  useEffect(() => {
    if (pathname !== firstPath.current) {
      firstPath.current = '';
      focusMain();
    }
  }, [pathname]);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <SkipLink />
      <AppHeader onOpenAbout={() => setAboutOpen(true)} menuOpen={menuOpen} onToggleMenu={() => setMenuOpen((open) => !open)} />
      <SideNav open={menuOpen} onClose={closeMenu} />
      <Box
        component="main"
        id={MAIN_ID}
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, px: { xs: 3, md: 5 }, pb: 6, '&:focus': { outline: 'none' } }}
      >
        <Toolbar />
        <Box sx={{ pt: 4 }}>
          <PageErrorBoundary key={pathname}>
            <Suspense fallback={<CenteredProgress label={appText.loading} />}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </Box>
      </Box>
      {aboutUsed ? (
        <Suspense fallback={null}>
          <AboutDialog
            open={aboutOpen}
            onClose={() => setAboutOpen(false)}
            onOpenGuide={() => {
              setAboutOpen(false);
              void navigate(HELP_PATH);
            }}
          />
        </Suspense>
      ) : null}
      <BackupAgent />
      <AnchorKeeper />
    </Box>
  );
}
