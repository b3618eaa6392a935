// The side menu with every area; the current one is marked for eyes and screen readers. Permanent
// from MENU_BREAKPOINT up; below it (a small window, or 200 % zoom: 1280 px shows as 640) a fixed
// 264 px column took 40 % of the width (WCAG 1.4.10), so there the menu slides in over the page from
// the app bar's menu button, traps focus while open, and closes on Esc, a click beside it or a choice.
import { useEffect } from 'react';
import { NavLink, useLocation } from 'react-router';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import Toolbar from '@mui/material/Toolbar';
import { appText } from '@renderer/i18n/app';
import { areaText } from '@renderer/i18n/areas';
import { AREAS, type Area } from './areas';
import { preloadPage } from './preload-page';

export const DRAWER_WIDTH = 264;
/** From this width up the menu is a permanent column; below it, a drawer over the page. */
export const MENU_BREAKPOINT = 'md';
/** The drawer's id, for the menu button's aria-controls. */
export const NAV_DRAWER_ID = 'hovedmeny';

// Plain links styled once here, like MUI's ListItemButton: eleven MUI list items (four styled
// parts each) made the shell's first frame noticeably slower. NavLink marks the current area with
// aria-current="page", which both the look and screen readers use.
// The padding leaves room for the longest entry in bold (the current one): «Vurdering og møter» in
// bold wrapped onto two lines and pushed every entry below it down when it was opened.
const MENU_STYLES = {
  '& ul': { listStyle: 'none', m: 0, px: 1, py: 1.5 },
  '& li': { mb: 0.25 },
  '& a': {
    display: 'flex',
    alignItems: 'center',
    minHeight: 44,
    px: 1.5,
    py: 0.75,
    borderRadius: 1,
    color: 'text.primary',
    textDecoration: 'none',
    typography: 'body1',
    '&:hover': { bgcolor: 'action.hover' },
    '&[aria-current="page"]': { bgcolor: 'primary.light', fontWeight: 600 },
    '&[aria-current="page"]:hover': { bgcolor: '#dce8f1' },
  },
  '& svg': { flexShrink: 0, width: 24, height: 24, mr: 2, fill: 'currentColor', color: 'text.secondary' },
  '& a[aria-current="page"] svg': { color: 'primary.main' },
} as const;

function AreaList({ areas, pathname, onChoose }: { areas: readonly Area[]; pathname: string; onChoose?: () => void }) {
  return (
    <ul>
      {areas.map((area) => (
        <li key={area.key}>
          <NavLink
            to={area.path}
            end={area.path === '/'}
            // Pointing at or tabbing to an entry starts loading its page: a head start on the click.
            onMouseEnter={pathname === area.path ? undefined : () => preloadPage(area.path)}
            onFocus={pathname === area.path ? undefined : () => preloadPage(area.path)}
            onClick={onChoose}
          >
            <area.Icon aria-hidden="true" />
            {areaText[area.key].title}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

function Menu({ pathname, onChoose }: { pathname: string; onChoose?: () => void }) {
  return (
    <Box component="nav" aria-label={appText.mainNavLabel} sx={MENU_STYLES}>
      <AreaList areas={AREAS.filter((a) => a.key !== 'settings')} pathname={pathname} onChoose={onChoose} />
      <Divider sx={{ mx: 2 }} />
      <AreaList areas={AREAS.filter((a) => a.key === 'settings')} pathname={pathname} onChoose={onChoose} />
    </Box>
  );
}

interface SideNavProps {
  /** Whether the drawer of a narrow window is open (the permanent column ignores it). */
  open: boolean;
  onClose: () => void;
}

export function SideNav({ open, onClose }: SideNavProps) {
  const { pathname } = useLocation();
  // Read at once (noSsr), so a wide window never draws a frame with the drawer.
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down(MENU_BREAKPOINT), { noSsr: true });
  // A window widened with the drawer open has the column instead: the drawer must not come back
  // open by itself when the window narrows again.
  useEffect(() => {
    if (!narrow && open) onClose();
  }, [narrow, open, onClose]);
  return (
    <>
      <Drawer
        variant="permanent"
        sx={{
          // Hidden by CSS, not by the media query: the first frame of a wide window has the column.
          display: { xs: 'none', [MENU_BREAKPOINT]: 'block' },
          width: DRAWER_WIDTH,
          flexShrink: 0,
          // The column itself is white with its border too, down to the foot of a page taller than the
          // window: the fixed menu panel is only one window high (a whole-page picture showed grey below).
          boxSizing: 'border-box',
          bgcolor: 'background.paper',
          borderRight: 1,
          borderColor: 'divider',
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar />
        <Menu pathname={pathname} />
      </Drawer>
      {narrow ? (
        <Drawer
          id={NAV_DRAWER_ID}
          variant="temporary"
          open={open}
          onClose={onClose}
          sx={{ '& .MuiDrawer-paper': { width: DRAWER_WIDTH, maxWidth: '85vw', boxSizing: 'border-box' } }}
        >
          <Toolbar />
          <Menu pathname={pathname} onChoose={onClose} />
        </Drawer>
      ) : null}
    </>
  );
}
