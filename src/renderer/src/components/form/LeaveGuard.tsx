// Asks before unsaved changes are lost: an in-app move to another page waits for «Bli her» / «Gå
// uten å lagre», and closing or reloading the window gets the browser's (or Electron's) question.
// Moves within the same page (a tab, a search) are not held.
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { unsavedChangesText as t } from '@renderer/i18n/unsaved-changes';

export function LeaveGuard({ when }: { when: boolean }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!when) return;
    const hold = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium (Electron) shows the question only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', hold);
    return () => window.removeEventListener('beforeunload', hold);
  }, [when]);

  if (blocker.state !== 'blocked') return null;
  return (
    <Dialog open onClose={() => blocker.reset()} aria-labelledby="leave-guard-title" aria-describedby="leave-guard-body" maxWidth="xs">
      <DialogTitle id="leave-guard-title">{t.title}</DialogTitle>
      <DialogContent>
        <DialogContentText id="leave-guard-body">{t.body}</DialogContentText>
      </DialogContent>
      <DialogActions>
        {/* The safe answer has the focus. */}
        <Button onClick={() => blocker.reset()} autoFocus>
          {t.stay}
        </Button>
        <Button color="error" variant="contained" onClick={() => blocker.proceed()}>
          {t.leave}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
