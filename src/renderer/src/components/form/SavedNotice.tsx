// Success feedback after a save that navigated here: the saving page passes the message in the
// router state ({ saved: '…' }) and this shows it in a snackbar, announced politely.
import { useState } from 'react';
import { useLocation } from 'react-router';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

/** The router state a saving page navigates with. */
export interface SavedState {
  saved: string;
}

function savedMessage(state: unknown): string | undefined {
  if (state && typeof state === 'object' && 'saved' in state && typeof state.saved === 'string') {
    return state.saved;
  }
  return undefined;
}

export function SavedNotice() {
  const location = useLocation();
  const message = savedMessage(location.state);
  const [closedKey, setClosedKey] = useState<string | null>(null);
  const open = message !== undefined && closedKey !== location.key;
  return (
    <Snackbar
      open={open}
      autoHideDuration={6000}
      onClose={() => setClosedKey(location.key)}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert severity="success" variant="filled" onClose={() => setClosedKey(location.key)} sx={{ minWidth: 280 }}>
        {message}
      </Alert>
    </Snackbar>
  );
}
