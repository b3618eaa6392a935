// Buttons for the statuses a call may move to next, each behind a confirmation that says
// what the move means. Refusals from the service are shown, not swallowed.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import type { Call, CallStatus } from '@renderer/domain/call';
import { CALL_TRANSITIONS } from '@renderer/domain/workflow';
import { changeCallStatus } from '@renderer/services/calls';
import { defaultContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import {
  callStatusActionText,
  callStatusCancel,
  callStatusConfirm,
  callStatusFailed,
  statusActionFallback,
} from '@renderer/i18n/calls';
import { CALL_STATUS_LABELS } from '@renderer/domain/vocabulary';

const ORDER: readonly CallStatus[] = ['utkast', 'apen', 'lukket', 'vedtatt', 'arkivert'];

function actionText(from: CallStatus, to: CallStatus) {
  return callStatusActionText[`${from}>${to}`] ?? statusActionFallback(CALL_STATUS_LABELS[to]);
}

interface CallStatusActionsProps {
  call: Call;
  onChanged: (status: CallStatus) => void;
}

export function CallStatusActions({ call, onChanged }: CallStatusActionsProps) {
  const [target, setTarget] = useState<CallStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const next = CALL_TRANSITIONS[call.status];
  const isForward = (to: CallStatus) => ORDER.indexOf(to) > ORDER.indexOf(call.status);

  async function confirm() {
    if (!target) return;
    setBusy(true);
    try {
      await changeCallStatus(defaultContext(), call.id, target);
      setProblem(null);
      onChanged(target);
    } catch (error) {
      setProblem(error instanceof ValidationError ? error.message : callStatusFailed);
    } finally {
      setBusy(false);
      setTarget(null);
    }
  }

  const dialog = target ? actionText(call.status, target) : null;
  return (
    <>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
        {next.map((to) => (
          <Button key={to} variant={isForward(to) ? 'contained' : 'outlined'} onClick={() => setTarget(to)}>
            {actionText(call.status, to).button}
          </Button>
        ))}
      </Box>
      {problem ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {problem}
        </Alert>
      ) : null}
      <Dialog open={dialog !== null} onClose={() => (busy ? undefined : setTarget(null))} aria-labelledby="call-status-title">
        {dialog ? (
          <>
            <DialogTitle id="call-status-title">{dialog.confirmTitle}</DialogTitle>
            <DialogContent>
              <DialogContentText>{dialog.confirmBody}</DialogContentText>
            </DialogContent>
            <DialogActions sx={{ px: 3, pb: 2 }}>
              <Button onClick={() => setTarget(null)} disabled={busy}>
                {callStatusCancel}
              </Button>
              <Button variant="contained" onClick={() => void confirm()} disabled={busy} autoFocus>
                {callStatusConfirm}
              </Button>
            </DialogActions>
          </>
        ) : null}
      </Dialog>
    </>
  );
}
