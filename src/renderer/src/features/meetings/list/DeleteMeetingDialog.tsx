// Asks before deleting a meeting; the service refuses one that has recommendations, and says why.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import type { Meeting } from '@renderer/domain/meeting';
import { formatDate } from '@renderer/i18n/format';
import { meetingsText as t } from '@renderer/i18n/meetings';
import { defaultContext } from '@renderer/services/context';
import { deleteMeeting } from '@renderer/services/meetings/meeting-edit';
import { messageOf } from '../use-calls';

export function DeleteMeetingDialog({ meeting, onClose, onDeleted }: { meeting: Meeting; onClose: () => void; onDeleted: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function remove() {
    setBusy(true);
    try {
      await deleteMeeting(defaultContext(), meeting.id);
      onDeleted();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby="delete-meeting-title">
      <DialogTitle id="delete-meeting-title">{t.deleteTitle}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t.deleteLead(formatDate(meeting.date))}</DialogContentText>
        {error ? (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {error}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t.cancel}
        </Button>
        <Button color="error" variant="contained" onClick={() => void remove()} disabled={busy || error !== null}>
          {t.deleteConfirm}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
