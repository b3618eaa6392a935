// The last question before everything is replaced: says that today's data is backed up first.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { getPlatform } from '@renderer/platform';
import { backupText } from '@renderer/i18n/backup';

interface RestoreConfirmDialogProps {
  open: boolean;
  created: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  /** While busy: how far it has come, and a way to stop it (nothing is then restored). */
  progress?: string | null;
  onAbort?: (() => void) | null;
}

export function RestoreConfirmDialog({ open, created, busy, onCancel, onConfirm, progress, onAbort }: RestoreConfirmDialogProps) {
  const safety = getPlatform().kind === 'electron' ? backupText.confirmSafetyElectron : backupText.confirmSafetyBrowser;
  return (
    <Dialog open={open} onClose={busy ? undefined : onCancel} aria-labelledby="restore-confirm-title" aria-describedby="restore-confirm-body">
      <DialogTitle id="restore-confirm-title">{backupText.confirmTitle}</DialogTitle>
      <DialogContent id="restore-confirm-body">
        <DialogContentText sx={{ mb: 1.5 }}>{backupText.confirmBody(created)}</DialogContentText>
        <DialogContentText>{safety}</DialogContentText>
        <DialogContentText role="status" aria-live="polite" sx={{ mt: 1.5, minHeight: '1.5em' }}>
          {busy ? (progress ?? '') : ''}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        {busy && onAbort ? (
          <Button onClick={onAbort}>{backupText.cancelRestore}</Button>
        ) : (
          <Button onClick={onCancel} disabled={busy}>
            {backupText.cancel}
          </Button>
        )}
        <Button onClick={onConfirm} disabled={busy} variant="contained" color="error">
          {busy ? backupText.restoring : backupText.confirm}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
