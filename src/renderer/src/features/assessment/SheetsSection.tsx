// Scoring sheets (vurderingsskjema) per assessor: save an empty (or pre-filled) sheet, read a filled
// one back.
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import UploadIcon from '@mui/icons-material/UploadFileOutlined';
import { areaPaths } from '@renderer/components/area-paths';
import type { Person } from '@renderer/services/assessment/people';
import { overviewText as t } from '@renderer/i18n/assessment';
import { saveScoringSheet } from './sheets/save-sheet';
import { SheetImportDialog } from './sheets/SheetImportDialog';

type Status = { severity: 'success' | 'info' | 'error'; text: string } | null;

export function SheetsSection({ callId, assessors }: { callId: string; assessors: readonly Person[] }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [reading, setReading] = useState<Person | null>(null);

  async function save(person: Person) {
    setBusy(person.id);
    setStatus(null);
    try {
      const result = await saveScoringSheet(callId, person.id);
      if (result.saved) setStatus({ severity: 'success', text: t.saved(result.path ?? result.fileName) });
    } catch (error) {
      console.error(error);
      setStatus({ severity: 'error', text: t.saveFailed });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Paper component="section" variant="outlined" aria-labelledby="sheets-title" sx={{ p: 2.5 }}>
      <Typography id="sheets-title" variant="h2" sx={{ mb: 1 }}>
        {t.sheetsTitle}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: '75ch' }}>
        {t.sheetsLead}
      </Typography>
      {assessors.length === 0 ? (
        <Alert severity="info" action={<Button component={RouterLink} to={areaPaths.settings}>{t.peopleLink}</Button>}>
          {t.noPeople}
        </Alert>
      ) : (
        <Stack component="ul" spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {assessors.map((p) => (
            <Stack component="li" key={p.id} direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography sx={{ minWidth: 200, fontWeight: 600 }}>{p.name}</Typography>
              <Button size="small" variant="outlined" startIcon={<DownloadIcon />} disabled={busy !== null} onClick={() => void save(p)} aria-label={t.saveFor(p.name)}>
                {busy === p.id ? t.saving : t.save}
              </Button>
              <Button size="small" variant="outlined" startIcon={<UploadIcon />} onClick={() => setReading(p)} aria-label={t.readFor(p.name)}>
                {t.read}
              </Button>
            </Stack>
          ))}
        </Stack>
      )}
      {status ? (
        <Alert severity={status.severity} role="status" sx={{ mt: 2 }}>
          {status.text}
        </Alert>
      ) : null}
      {reading ? <SheetImportDialog callId={callId} person={reading} onClose={() => setReading(null)} /> : null}
    </Paper>
  );
}
