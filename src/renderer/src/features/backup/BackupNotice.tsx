// The message after a backup the officer did not start from a page: the daily one, or the menu's
// "Ta sikkerhetskopi nå". Errors stay until closed; a success goes away by itself.
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

export interface BackupNoticeValue {
  severity: 'success' | 'error';
  text: string;
}

export default function BackupNotice({ notice, onClose }: { notice: BackupNoticeValue | null; onClose: () => void }) {
  return (
    <Snackbar
      open={notice !== null}
      onClose={(_event, reason) => reason !== 'clickaway' && onClose()}
      autoHideDuration={notice?.severity === 'error' ? null : 8000}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
    >
      {notice ? (
        <Alert severity={notice.severity} onClose={onClose} variant="filled">
          {notice.text}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
