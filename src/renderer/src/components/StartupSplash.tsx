// What the officer sees while the program starts: the same bar and line as the static splash in
// index.html, so the first frame, React's first render and the real page follow without a flash.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { appText } from '@renderer/i18n/app';

export function StartupSplash({ label }: { label: string }) {
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <Box
        sx={{
          height: 64,
          bgcolor: 'primary.main',
          color: 'primary.contrastText',
          display: 'flex',
          alignItems: 'center',
          px: 3,
        }}
      >
        <Typography component="span" sx={{ fontSize: '1.25rem', fontWeight: 700 }}>
          {appText.programName}
        </Typography>
      </Box>
      <Typography role="status" sx={{ m: 3, mt: 6, color: 'text.secondary' }}>
        {label}
      </Typography>
    </Box>
  );
}
