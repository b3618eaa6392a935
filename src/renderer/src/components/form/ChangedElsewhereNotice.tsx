// Shown above a form whose record was saved elsewhere after the form was opened: says what changed
// and lets the officer take it in; a save before that is refused by the service.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { staleWriteText } from '@renderer/i18n/stale-write';

interface Props {
  subject: keyof typeof staleWriteText.subjects;
  changedFields: readonly string[];
  fieldLabel: (field: string) => string | undefined;
  onTakeChanges: () => void;
}

export function ChangedElsewhereNotice({ subject, changedFields, fieldLabel, onTakeChanges }: Props) {
  const [taken, setTaken] = useState(false);
  if (changedFields.length === 0) {
    return taken ? (
      <Alert severity="success" role="status" sx={{ mb: 2 }} onClose={() => setTaken(false)}>
        {staleWriteText.taken}
      </Alert>
    ) : null;
  }
  const labels = [...new Set(changedFields.map((f) => fieldLabel(f) ?? f))];
  return (
    <Alert
      severity="warning"
      role="alert"
      sx={{ mb: 2 }}
      action={
        <Button
          color="inherit"
          variant="outlined"
          size="small"
          sx={{ whiteSpace: 'nowrap' }}
          onClick={() => {
            onTakeChanges();
            setTaken(true);
          }}
        >
          {staleWriteText.takeChanges}
        </Button>
      }
    >
      {staleWriteText.changedElsewhere(staleWriteText.subjects[subject])} {staleWriteText.changedFields(labels)}{' '}
      {staleWriteText.keptNote}
    </Alert>
  );
}
