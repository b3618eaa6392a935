// A confirm dialog for a correction that changes recorded facts (undo, withdraw): the safe answer
// has the focus, optional fields come as children, and a refusal is shown in the dialog.
import { useId, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { ValidationError } from '@renderer/services/errors';
import { formText } from '@renderer/i18n/form';

interface Props {
  title: string;
  body: string;
  confirm: string;
  /** Shown when the action fails with something other than a ValidationError. */
  failed: string;
  /** Disables the confirm button (e.g. a required reason not written yet). */
  confirmDisabled?: boolean;
  /** A correction rather than a removal: the confirm button is not red. */
  safe?: boolean;
  children?: ReactNode;
  run: () => Promise<void>;
  onClose: () => void;
  onDone: () => void;
}

export function ConfirmActionDialog({ title, body, confirm, failed, confirmDisabled, safe = false, children, run, onClose, onDone }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await run();
      onDone();
    } catch (e) {
      setError(e instanceof ValidationError ? e.message : failed);
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} fullWidth maxWidth="sm">
      <DialogTitle id={`${id}-title`}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText id={`${id}-body`} sx={{ mb: children ? 2 : 0 }}>
          {body}
        </DialogContentText>
        {children}
        {error ? (
          <Alert severity="error" sx={{ mt: 2 }} role="alert">
            {error}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy} autoFocus>
          {formText.cancel}
        </Button>
        <Button color={safe ? 'primary' : 'error'} variant="contained" onClick={() => void submit()} disabled={busy || confirmDisabled}>
          {confirm}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
