// The app bar: program name, the officer's municipality and name, and the About button.
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import InfoIcon from '@mui/icons-material/InfoOutlined';
import PersonIcon from '@mui/icons-material/PersonOutlined';
import { appText } from '@renderer/i18n/app';
import { useShellIdentity } from '@renderer/components/current-settings';

export function AppHeader({ onOpenAbout }: { onOpenAbout: () => void }) {
  const { municipality, officerName } = useShellIdentity();
  return (
    <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
      <Toolbar sx={{ gap: 3 }}>
        <Typography component="p" variant="h6" sx={{ fontWeight: 600, flexGrow: 1, whiteSpace: 'nowrap' }}>
          {appText.programName}
        </Typography>
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
          sx={{ borderColor: 'rgba(255,255,255,0.6)', whiteSpace: 'nowrap', flexShrink: 0 }}
        >
          {appText.helpButton}
        </Button>
      </Toolbar>
    </AppBar>
  );
}
