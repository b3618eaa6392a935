// Progress of a letter batch ("n av N") with a cancel button; closes to a message when done.
import { useEffect } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { LetterLanguage } from '@renderer/domain/settings';
import { decisionsText as t } from '@renderer/i18n/decisions';
import { useLetterBatch } from './use-letter-batch';

interface Props {
  decisionIds: readonly string[];
  language: LetterLanguage;
  year: number;
  onFinished: (message: string, severity: 'success' | 'info' | 'error') => void;
}

export function BatchLettersDialog({ decisionIds, language, year, onFinished }: Props) {
  const { state, cancel } = useLetterBatch(decisionIds, language, year);
  useEffect(() => {
    if (state.phase === 'finished') onFinished(state.message, state.severity);
  }, [state, onFinished]);
  if (state.phase === 'finished') return null;
  const percent = state.total === 0 ? 0 : Math.round((state.done / state.total) * 100);
  return (
    <Dialog open fullWidth maxWidth="xs" aria-labelledby="batch-title">
      <DialogTitle id="batch-title">{t.batchTitle}</DialogTitle>
      <DialogContent>
        <LinearProgress variant="determinate" value={percent} aria-label={t.batchProgressLabel} sx={{ height: 8, borderRadius: 1, mb: 1.5 }} />
        <Typography role="status" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {state.phase === 'saving' ? t.batchSaving : t.batchProgress(state.done, state.total)}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={cancel} disabled={state.phase === 'saving'}>
          {t.batchCancel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
