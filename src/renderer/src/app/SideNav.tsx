// The permanent side menu with every area; the current one is marked for eyes and screen readers.
import { NavLink, useLocation } from 'react-router';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import Toolbar from '@mui/material/Toolbar';
import { appText } from '@renderer/i18n/app';
import { areaText } from '@renderer/i18n/areas';
import { AREAS, type Area } from './areas';
import { preloadPage } from './preload-page';

export const DRAWER_WIDTH = 264;

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

function AreaList({ areas, pathname }: { areas: readonly Area[]; pathname: string }) {
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
          >
            <area.Icon aria-hidden="true" />
            {areaText[area.key].title}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

export function SideNav() {
  const { pathname } = useLocation();
  return (
    <Drawer
      variant="permanent"
      sx={{
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
      <Box component="nav" aria-label={appText.mainNavLabel} sx={MENU_STYLES}>
        <AreaList areas={AREAS.filter((a) => a.key !== 'settings')} pathname={pathname} />
        <Divider sx={{ mx: 2 }} />
        <AreaList areas={AREAS.filter((a) => a.key === 'settings')} pathname={pathname} />
      </Box>
    </Drawer>
  );
}
