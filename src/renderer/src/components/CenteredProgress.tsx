// A quiet, labelled spinner for while something loads. It appears after a short delay, so quick
// loads (the usual case) show nothing at all instead of a flicker. It appears at once, not fading:
// half-transparent, its grey label failed the contrast check (WCAG 1.4.3) while it faded in.
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { keyframes } from '@mui/material/styles';

const appear = keyframes`to { opacity: 1; }`;

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
        animation: `${appear} 0s 300ms forwards`,
      }}
    >
      <CircularProgress size={32} aria-hidden="true" />
      <Typography color="text.secondary">{label}</Typography>
    </Box>
  );
}
