// The permanent side menu with every area; the current one is marked for eyes and screen readers.
import { NavLink, useLocation } from 'react-router';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import { appText } from '@renderer/i18n/app';
import { areaText } from '@renderer/i18n/areas';
import { AREAS, type Area } from './areas';
import { preloadPage } from './preload-page';

export const DRAWER_WIDTH = 264;

function isCurrent(area: Area, pathname: string): boolean {
  return area.path === '/' ? pathname === '/' : pathname.startsWith(area.path);
}

function AreaList({ areas, pathname }: { areas: readonly Area[]; pathname: string }) {
  return (
    <List sx={{ px: 1.5, py: 1.5 }}>
      {areas.map((area) => {
        const current = isCurrent(area, pathname);
        return (
          <ListItem key={area.key} disablePadding sx={{ mb: 0.25 }}>
            <ListItemButton
              component={NavLink}
              to={area.path}
              end={area.path === '/'}
              selected={current}
              // Pointing at or tabbing to an entry starts loading its page: a head start on the click.
              onMouseEnter={pathname === area.path ? undefined : () => preloadPage(area.path)}
              onFocus={pathname === area.path ? undefined : () => preloadPage(area.path)}
              sx={{ py: 0.75 }}
            >
              <ListItemIcon sx={{ minWidth: 40, color: current ? 'primary.main' : 'text.secondary' }}>
                <area.Icon />
              </ListItemIcon>
              <ListItemText
                primary={areaText[area.key].title}
                slotProps={{ primary: { sx: { fontWeight: current ? 600 : 400 } } }}
              />
            </ListItemButton>
          </ListItem>
        );
      })}
    </List>
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
        '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
      }}
    >
      <Toolbar />
      <nav aria-label={appText.mainNavLabel}>
        <AreaList areas={AREAS.filter((a) => a.key !== 'settings')} pathname={pathname} />
        <Divider sx={{ mx: 2 }} />
        <AreaList areas={AREAS.filter((a) => a.key === 'settings')} pathname={pathname} />
      </nav>
    </Drawer>
  );
}
