// Reading one assessor's filled scoring sheet back: choose the file, see every row's result and
// message, and save the good rows in one step. Nothing is saved before «Lagre».
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { getPlatform } from '@renderer/platform';
import { defaultContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import { commitScoringSheet, previewScoringSheet, type SheetPreview } from '@renderer/services/assessment/sheet-import';
import { sheetImportText as t } from '@renderer/i18n/assessment';

type State =
  | { step: 'choose'; error?: string }
  | { step: 'reading' }
  | { step: 'preview'; preview: SheetPreview; error?: string; saving?: boolean }
  | { step: 'done'; text: string };

function messageOf(error: unknown): string {
  if (error instanceof ValidationError || (error instanceof Error && error.name === 'ScoringSheetFileError')) return error.message;
  console.error(error);
  return t.readFailed;
}

export function SheetImportDialog({ callId, person, onClose }: { callId: string; person: { id: string; name: string }; onClose: () => void }) {
  const [state, setState] = useState<State>({ step: 'choose' });
  const titleId = 'sheet-import-title';

  async function choose() {
    const file = await getPlatform().openFile({ filters: [{ name: 'Excel-regneark', extensions: ['xlsx'] }] });
    if (!file) return;
    setState({ step: 'reading' });
    try {
      const { readScoringSheet } = await import('@renderer/documents/assessment-sheet/read-sheet');
      const sheet = await readScoringSheet(file.bytes);
      const preview = await previewScoringSheet(defaultContext(), sheet, { callId, personId: person.id });
      setState({ step: 'preview', preview });
    } catch (error) {
      setState({ step: 'choose', error: messageOf(error) });
    }
  }

  async function commit(preview: SheetPreview) {
    setState({ step: 'preview', preview, saving: true });
    try {
      const result = await commitScoringSheet(defaultContext(), preview);
      setState({ step: 'done', text: t.committed(result.created, result.updated) });
    } catch (error) {
      setState({ step: 'preview', preview, error: messageOf(error) });
    }
  }

  const toSave = state.step === 'preview' ? state.preview.counts.ny + state.preview.counts.endret : 0;

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="lg">
      <DialogTitle id={titleId}>{t.title(person.name)}</DialogTitle>
      <DialogContent>
        {state.step === 'choose' ? (
          <Box sx={{ py: 1 }}>
            {state.error ? (
              <Alert severity="error" sx={{ mb: 2 }}>
                {state.error}
              </Alert>
            ) : null}
            <Button variant="contained" startIcon={<UploadFileIcon />} onClick={() => void choose()} autoFocus>
              {t.choose}
            </Button>
          </Box>
        ) : null}
        {state.step === 'reading' ? (
          <Box sx={{ py: 2 }} role="status">
            <Typography sx={{ mb: 1 }}>{t.reading}</Typography>
            <LinearProgress aria-label={t.reading} />
          </Box>
        ) : null}
        {state.step === 'preview' ? (
          <>
            <Typography role="status" sx={{ mb: 1.5, fontWeight: 600 }}>
              {t.summary(state.preview.counts)}
            </Typography>
            {state.preview.counts.feil > 0 ? (
              <Alert severity="warning" sx={{ mb: 2 }}>
                {t.errorsNote}
              </Alert>
            ) : null}
            <TableContainer sx={{ maxHeight: 420 }}>
              <Table size="small" stickyHeader aria-label={t.title(person.name)}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t.row}</TableCell>
                    <TableCell>{t.application}</TableCell>
                    <TableCell>{t.result}</TableCell>
                    <TableCell>{t.message}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {state.preview.rows.map((r) => (
                    <TableRow key={r.row} data-outcome={r.outcome}>
                      <TableCell>{r.row}</TableCell>
                      <TableCell>{r.title || r.applicationId}</TableCell>
                      <TableCell sx={{ fontWeight: r.outcome === 'feil' ? 700 : undefined, color: r.outcome === 'feil' ? 'error.main' : undefined }}>
                        {t.outcome[r.outcome]}
                      </TableCell>
                      <TableCell>{r.messages.join(' ')}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
            {toSave === 0 ? <Alert severity="info" sx={{ mt: 2 }}>{t.nothing}</Alert> : null}
            {state.error ? (
              <Alert severity="error" sx={{ mt: 2 }}>
                {state.error}
              </Alert>
            ) : null}
          </>
        ) : null}
        {state.step === 'done' ? (
          <Alert severity="success" role="status">
            {state.text}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{state.step === 'done' ? t.close : t.cancel}</Button>
        {state.step === 'preview' && toSave > 0 ? (
          <Button variant="contained" disabled={state.saving} onClick={() => void commit(state.preview)}>
            {state.saving ? t.committing : t.commit(toSave)}
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}
