// Success feedback after a save, the same everywhere: a green snackbar, announced politely.
// SavedNotice shows the message a saving page passed in the router state ({ saved: '…' }) when it
// navigated here; SavedMessage shows one a form holds itself (it saved without leaving the page).
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

/** The saved confirmation itself: shown while `message` is set, until it times out or is closed. */
export function SavedMessage({ message, onClose }: { message: string | undefined; onClose: () => void }) {
  return (
    <Snackbar
      open={message !== undefined}
      autoHideDuration={6000}
      onClose={(_event, reason) => {
        // A click elsewhere must not take the confirmation away before it is read.
        if (reason !== 'clickaway') onClose();
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert severity="success" variant="filled" onClose={onClose} sx={{ minWidth: 280 }}>
        {message}
      </Alert>
    </Snackbar>
  );
}

export function SavedNotice() {
  const location = useLocation();
  const message = savedMessage(location.state);
  const [closedKey, setClosedKey] = useState<string | null>(null);
  const open = message !== undefined && closedKey !== location.key;
  return <SavedMessage message={open ? message : undefined} onClose={() => setClosedKey(location.key)} />;
}
