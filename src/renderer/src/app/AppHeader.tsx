// The app bar: the menu button (narrow windows only), program name, the officer's municipality and
// name, and the About button (a bare icon in narrow windows, with the same accessible name).
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import InfoIcon from '@mui/icons-material/InfoOutlined';
import MenuIcon from '@mui/icons-material/Menu';
import PersonIcon from '@mui/icons-material/PersonOutlined';
import { appText } from '@renderer/i18n/app';
import { useShellIdentity } from '@renderer/components/current-settings';
import { MENU_BREAKPOINT, NAV_DRAWER_ID } from './SideNav';

interface AppHeaderProps {
  onOpenAbout: () => void;
  /** Whether the narrow window's menu drawer is open, and how to open or close it. */
  menuOpen: boolean;
  onToggleMenu: () => void;
}

export function AppHeader({ onOpenAbout, menuOpen, onToggleMenu }: AppHeaderProps) {
  const { municipality, officerName } = useShellIdentity();
  return (
    <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
      <Toolbar sx={{ gap: { xs: 1.5, sm: 3 } }}>
        <IconButton
          color="inherit"
          edge="start"
          aria-label={appText.openMenu}
          aria-controls={menuOpen ? NAV_DRAWER_ID : undefined}
          aria-expanded={menuOpen}
          onClick={onToggleMenu}
          sx={{ display: { [MENU_BREAKPOINT]: 'none' } }}
        >
          <MenuIcon />
        </IconButton>
        <Typography
          component="p"
          variant="h6"
          // The narrowest windows (320 px) keep the officer's municipality and name, not the program's.
          sx={{ fontWeight: 600, flexGrow: 1, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', display: { xs: 'none', sm: 'block' } }}
        >
          {appText.programName}
        </Typography>
        <Box sx={{ flexGrow: 1, display: { xs: 'block', sm: 'none' } }} />
        <Box
          data-testid="app-bar-user"
          sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', lineHeight: 1.2, minWidth: 0 }}
        >
          <Typography component="span" sx={{ fontWeight: 600 }} noWrap>
            {municipality}
          </Typography>
          <Typography
            component="span"
            variant="body2"
            sx={{ display: 'flex', alignItems: 'center', gap: 0.5, opacity: 0.9 }}
            noWrap
          >
            <PersonIcon fontSize="inherit" aria-hidden="true" />
            {officerName}
          </Typography>
        </Box>
        <Button
          color="inherit"
          variant="outlined"
          startIcon={<InfoIcon />}
          onClick={onOpenAbout}
          sx={{ borderColor: 'rgba(255,255,255,0.6)', whiteSpace: 'nowrap', flexShrink: 0, display: { xs: 'none', [MENU_BREAKPOINT]: 'inline-flex' } }}
        >
          {appText.helpButton}
        </Button>
        <IconButton color="inherit" edge="end" aria-label={appText.helpButton} onClick={onOpenAbout} sx={{ display: { [MENU_BREAKPOINT]: 'none' } }}>
          <InfoIcon />
        </IconButton>
      </Toolbar>
    </AppBar>
  );
}
