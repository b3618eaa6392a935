// What a long save is doing, said as it runs: a status line (read out by screen readers) over an
// indeterminate bar. The save is one transaction, so there is no truer measure of how far it has come.
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';

export function SaveProgress({ id, text }: { id: string; text: string }) {
  return (
    <Box sx={{ mt: 3, maxWidth: '60ch' }}>
      <Typography id={id} role="status" sx={{ mb: 1 }}>
        {text}
      </Typography>
      <LinearProgress aria-labelledby={id} />
    </Box>
  );
}
