// Reminders for one or many overdue reports: first the new deadline and the language, then
// "n av N" with a cancel button; closes to a message when done.
import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCurrentSettings } from '@renderer/components/current-settings';
import { addWeeks } from '@renderer/domain/decisions/deadlines';
import { isRealIsoDate } from '@renderer/domain/common';
import type { LetterLanguage } from '@renderer/domain/settings';
import { languageText } from '@renderer/i18n/decisions';
import { reportsText as t } from '@renderer/i18n/reports';
import { todayInOslo } from '@renderer/domain/oslo-date';
import { useReminderBatch, type ReminderBatchOptions } from './use-reminder-batch';

interface Props {
  decisionIds: readonly string[];
  onClose: () => void;
  onFinished: (message: string, severity: 'success' | 'info' | 'error') => void;
}

function Progress({ options, onFinished }: { options: ReminderBatchOptions; onFinished: Props['onFinished'] }) {
  const { state, cancel } = useReminderBatch(options);
  useEffect(() => {
    if (state.phase === 'finished') onFinished(state.message, state.severity);
  }, [state, onFinished]);
  if (state.phase === 'finished') return null;
  const percent = state.total === 0 ? 0 : Math.round((state.done / state.total) * 100);
  return (
    <>
      <DialogContent>
        <LinearProgress variant="determinate" value={percent} aria-label={t.batchProgressLabel} sx={{ height: 8, borderRadius: 1, mb: 1.5 }} />
        <Typography role="status" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {state.phase === 'saving' ? t.batchSaving : t.batchProgress(state.done, state.total)}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={cancel} disabled={state.phase === 'saving'}>
          {t.cancel}
        </Button>
      </DialogActions>
    </>
  );
}

export function ReminderBatchDialog({ decisionIds, onClose, onFinished }: Props) {
  const { settings } = useCurrentSettings();
  const today = todayInOslo();
  const [language, setLanguage] = useState<LetterLanguage>(settings.letterLanguage);
  const [deadline, setDeadline] = useState(addWeeks(today, 3));
  const [options, setOptions] = useState<ReminderBatchOptions | null>(null);
  const deadlineProblem = !isRealIsoDate(deadline) || deadline <= today;
  return (
    <Dialog open fullWidth maxWidth="sm" aria-labelledby="purring-tittel" onClose={options ? undefined : onClose}>
      <DialogTitle id="purring-tittel">{t.reminderDialogTitle}</DialogTitle>
      {options ? (
        <Progress options={options} onFinished={onFinished} />
      ) : (
        <>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{t.reminderDialogLead}</DialogContentText>
            <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
              <TextField
                type="date"
                label={t.newDeadline}
                value={deadline}
                onChange={(e) => setDeadline(e.target.value)}
                error={deadlineProblem}
                helperText={deadlineProblem ? t.deadlineAfterToday : ' '}
                slotProps={{ inputLabel: { shrink: true } }}
              />
              <TextField select label={t.language} value={language} onChange={(e) => setLanguage(e.target.value as LetterLanguage)} sx={{ minWidth: 160 }}>
                {(['nb', 'nn'] as const).map((l) => (
                  <MenuItem key={l} value={l}>
                    {languageText[l]}
                  </MenuItem>
                ))}
              </TextField>
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t.cancel}</Button>
            <Button
              variant="contained"
              disabled={deadlineProblem}
              onClick={() => setOptions({ decisionIds, language, letterDate: today, newDeadline: deadline })}
            >
              {t.makeReminders}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
