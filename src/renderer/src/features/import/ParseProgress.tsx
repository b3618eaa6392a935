// The progress of reading a file: a bar with the percentage, announced politely, and a cancel button.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { importText } from '@renderer/i18n/import';
import type { Busy } from './use-import-flow';

export function ParseProgress({ busy, onCancel }: { busy: Busy; onCancel: () => void }) {
  const percent = Math.round(Math.min(1, Math.max(0, busy.fraction)) * 100);
  return (
    <Paper variant="outlined" sx={{ p: 3, mb: 3 }}>
      <Box aria-live="polite" sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, mb: 1 }}>
        <Typography>{busy.label} …</Typography>
        <Typography sx={{ fontVariantNumeric: 'tabular-nums' }}>{importText.percent(busy.fraction)}</Typography>
      </Box>
      <LinearProgress variant="determinate" value={percent} aria-label={importText.progressLabel} />
      <Box sx={{ mt: 2 }}>
        <Button variant="outlined" onClick={onCancel}>
          {importText.cancel}
        </Button>
      </Box>
    </Paper>
  );
}
