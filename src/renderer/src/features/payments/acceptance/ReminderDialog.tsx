// Makes acceptance reminders for the chosen grants: each PDF is stored in the case (with its
// SHA-256) as it is made, with "n av N" progress, then saved: one file, or a folder (zip in a browser).
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useCurrentSettings } from '@renderer/components/current-settings';
import { getDb } from '@renderer/data/db';
import { reminderDeadline } from '@renderer/domain/payments/acceptance-state';
import type { LetterLanguage } from '@renderer/domain/settings';
import { getPlatform } from '@renderer/platform';
import { saveAcceptanceReminder } from '@renderer/services/acceptance/reminders';
import { defaultContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import type { GrantRow } from '@renderer/services/queries/payments-overview';
import type { NamedFile } from '@shared/platform';
import { languageText } from '@renderer/i18n/decisions';
import { formText } from '@renderer/i18n/form';
import { paymentsText as t } from '@renderer/i18n/payments';
import { todayInOslo } from '@renderer/domain/oslo-date';
import type { Notice } from '../PaymentsPage';
import { prepareReminders } from './reminder-job';

interface Props {
  grants: readonly GrantRow[];
  year: number;
  onClose: () => void;
  onDone: (notice: Notice) => void;
}

export function ReminderDialog({ grants, year, onClose, onDone }: Props) {
  const { settings } = useCurrentSettings();
  const [language, setLanguage] = useState<LetterLanguage>(settings.letterLanguage);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const today = todayInOslo();

  const run = async () => {
    setError(null);
    setProgress({ done: 0, total: grants.length });
    const files: NamedFile[] = [];
    try {
      const jobs = await prepareReminders(getDb(), grants, language, today);
      const { renderReminder } = await import('@renderer/workers/reminders/render-reminder');
      for (const job of jobs) {
        const bytes = await renderReminder(job.input);
        await saveAcceptanceReminder(defaultContext(), { decisionId: job.decisionId, language, bytes });
        files.push({ name: job.fileName, bytes });
        setProgress({ done: files.length, total: jobs.length });
      }
      const platform = getPlatform();
      const result =
        files.length === 1
          ? await platform.saveFile({ suggestedName: files[0]!.name, bytes: files[0]!.bytes, filters: [{ name: t.pdfFilter, extensions: ['pdf'] }] })
          : await platform.saveFiles({ folderName: t.remindersFolder(year), files });
      onDone(
        result.saved
          ? { severity: 'success', message: t.remindersDone(files.length, result.path ?? (files.length === 1 ? files[0]!.name : t.remindersFolder(year))) }
          : { severity: 'info', message: t.remindersNotSaved(files.length) },
      );
    } catch (e) {
      console.error(e);
      setProgress(null);
      setError(`${t.saveFailed} ${e instanceof ValidationError || e instanceof Error ? e.message : ''}`.trim());
    }
  };

  const busy = progress !== null;
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="reminders-title">
      <DialogTitle id="reminders-title">{t.remindersTitle}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2 }}>{t.remindersLead(grants.length, reminderDeadline(today))}</Typography>
        <ToggleButtonGroup exclusive size="small" value={language} onChange={(_e, next: LetterLanguage | null) => next && setLanguage(next)} aria-label={t.remindersLanguage} disabled={busy}>
          {(['nb', 'nn'] as const).map((l) => (
            <ToggleButton key={l} value={l} sx={{ px: 2 }}>
              {languageText[l]}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {progress ? (
          <>
            <LinearProgress variant="determinate" value={percent} aria-label={t.remindersProgressLabel} sx={{ height: 8, borderRadius: 1, mt: 2.5, mb: 1 }} />
            <Typography role="status">{t.remindersProgress(progress.done, progress.total)}</Typography>
          </>
        ) : null}
        {error ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {formText.cancel}
        </Button>
        <Button variant="contained" onClick={() => void run()} disabled={busy}>
          {t.remindersSubmit}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
