// A quiet, labelled spinner for while something loads. It fades in after a short delay, so
// quick loads (the usual case) show nothing at all instead of a flicker.
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { keyframes } from '@mui/material/styles';

const fadeIn = keyframes`from { opacity: 0; } to { opacity: 1; }`;

export function CenteredProgress({ label, fullScreen = false }: { label: string; fullScreen?: boolean }) {
  return (
    <Box
      role="status"
      sx={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        gap: 2,
        minHeight: fullScreen ? '100vh' : 240,
        opacity: 0,
        animation: `${fadeIn} 200ms ease-in 300ms forwards`,
      }}
    >
      <CircularProgress size={32} aria-hidden="true" />
      <Typography color="text.secondary">{label}</Typography>
    </Box>
  );
}
