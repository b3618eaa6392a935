// The status moves the workflow allows from here, as buttons; a refused move explains itself.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { Application } from '@renderer/domain/application';
import { APPLICATION_TRANSITIONS } from '@renderer/domain/workflow';
import { changeApplicationStatus } from '@renderer/services/applications';
import { defaultContext } from '@renderer/services/context';
import { detailText } from '@renderer/i18n/applications';
import { APPLICATION_STATUS_LABELS } from '@renderer/domain/vocabulary';

export function StatusActions({ application }: { application: Application }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = APPLICATION_TRANSITIONS[application.status];
  if (next.length === 0) return null;

  const move = async (status: (typeof next)[number]) => {
    setBusy(true);
    setError(null);
    try {
      await changeApplicationStatus(defaultContext(), application.id, status);
    } catch (e) {
      setError(e instanceof Error ? e.message : detailText.statusFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box>
      <Box role="group" aria-label={detailText.statusActions} sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {next.map((status) => (
          <Button key={status} variant="outlined" size="small" disabled={busy} onClick={() => void move(status)}>
            {detailText.moveTo(APPLICATION_STATUS_LABELS[status])}
          </Button>
        ))}
      </Box>
      {error ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      ) : null}
    </Box>
  );
}
