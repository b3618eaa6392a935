// Step 3: what the file holds and what confirming will do. Only the confirm button writes.
import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { getPlatform } from '@renderer/platform';
import { defaultContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import { WriteCancelledError } from '@renderer/services/cancel-write';
import { commitImport, type DuplicatePolicy } from '@renderer/services/import';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { SaveProgress } from '@renderer/components/SaveProgress';
import { importText } from '@renderer/i18n/import';
import type { ImportPreview } from '@renderer/workers/import-api';
import { DuplicatesSection } from './DuplicatesSection';
import { ImportErrorsTable } from './ImportErrorsTable';
import { ValidRowsTable } from './ValidRowsTable';
import { useImportPlan } from './use-import-plan';
import type { ImportFlow } from './use-import-flow';

interface Props {
  flow: ImportFlow;
  preview: ImportPreview;
  callId: string;
  callTitle: string;
}


export function PreviewStep({ flow, preview, callId, callTitle }: Props) {
  const [policy, setPolicy] = useState<DuplicatePolicy>('skip');
  const { plan, error: planError } = useImportPlan(callId, preview, policy);
  const [committing, setCommitting] = useState(false);
  const [message, setMessage] = useState<{ severity: 'error' | 'info'; text: string } | undefined>();
  const cancel = useRef<AbortController | undefined>(undefined);
  const invalid = preview.invalidRowCount;
  const toWrite = plan ? plan.counts.create + plan.counts.update : 0;

  const saveErrors = async () => {
    setMessage(undefined);
    try {
      await getPlatform().saveFile({
        suggestedName: importText.errorsFileName(flow.fileName),
        bytes: preview.errorsCsv,
        filters: [{ name: importText.fileFilterCsv, extensions: ['csv'] }],
      });
    } catch (error) {
      console.error(error);
      setMessage({ severity: 'error', text: importText.errorsSaveFailed });
    }
  };

  const confirm = async () => {
    if (!plan) return;
    setCommitting(true);
    setMessage(undefined);
    const controller = new AbortController();
    cancel.current = controller;
    try {
      flow.finish(await commitImport(defaultContext(), callId, plan, { signal: controller.signal }));
    } catch (error) {
      if (error instanceof WriteCancelledError) setMessage({ severity: 'info', text: importText.importCancelled });
      else {
        if (!(error instanceof ValidationError)) console.error(error);
        setMessage({ severity: 'error', text: error instanceof ValidationError ? `${error.message} ${importText.importFailed}` : importText.importFailed });
      }
      setCommitting(false);
    } finally {
      cancel.current = undefined;
    }
  };

  return (
    <Box component="section" aria-labelledby="import-preview-heading">
      <Typography id="import-preview-heading" variant="h2" sx={{ mb: 1 }}>
        {importText.previewHeading}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {importText.fileLine(flow.fileName, callTitle)}
      </Typography>
      <Box data-testid="import-summary" sx={{ display: 'grid', gap: 1, mb: 2 }}>
        {/* A re-imported file: every valid row is already registered, so nothing new will be imported. */}
        {plan && preview.rows.length > 0 && toWrite === 0 ? (
          <Alert severity="info">{importText.allRegistered(preview.rows.length, preview.totalRows)}</Alert>
        ) : (
          <Alert severity={preview.rows.length > 0 ? 'success' : 'warning'}>
            {importText.validSummary(preview.rows.length, preview.totalRows)}
          </Alert>
        )}
        {invalid > 0 ? <Alert severity="error">{importText.invalidSummary(invalid)}</Alert> : null}
        {(flow.summary?.warnings ?? []).map((warning) => (
          <Alert key={warning} severity="warning">
            {warning}
          </Alert>
        ))}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 3, maxWidth: '75ch' }}>
        {importText.screeningNote}
      </Typography>

      {preview.errorCount > 0 ? (
        <Box component="section" aria-labelledby="import-errors-heading" sx={{ mb: 4 }}>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 2, mb: 1, flexWrap: 'wrap' }}>
            <Typography id="import-errors-heading" variant="h3">
              {importText.errorsHeading}
            </Typography>
            <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => void saveErrors()}>
              {importText.saveErrors}
            </Button>
          </Box>
          <ImportErrorsTable errors={preview.shownErrors} total={preview.errorCount} />
        </Box>
      ) : null}

      {preview.rows.length > 0 ? (
        <Box component="section" aria-labelledby="import-valid-heading">
          <Typography id="import-valid-heading" variant="h3" sx={{ mb: 1 }}>
            {importText.validHeading}
          </Typography>
          <ValidRowsTable rows={preview.rows} />
        </Box>
      ) : null}

      {planError ? (
        <Alert severity="error" sx={{ mt: 3 }}>
          {planError}
        </Alert>
      ) : plan ? (
        preview.rows.length > 0 && <DuplicatesSection plan={plan} policy={policy} onPolicyChange={setPolicy} />
      ) : (
        <CenteredProgress label={importText.planning} />
      )}

      {message ? (
        <Alert severity={message.severity} sx={{ mt: 3 }}>
          {message.text}
        </Alert>
      ) : null}
      {committing ? <SaveProgress id="import-commit-status" text={importText.committingNote(toWrite)} /> : null}
      <Box sx={{ display: 'flex', gap: 1.5, mt: 4, flexWrap: 'wrap', alignItems: 'center' }}>
        <Button variant="contained" size="large" disabled={!plan || toWrite === 0 || committing} onClick={() => void confirm()}>
          {committing ? importText.importing : importText.importButton(toWrite)}
        </Button>
        {committing ? (
          <Button variant="outlined" onClick={() => cancel.current?.abort()}>
            {importText.cancelCommit}
          </Button>
        ) : null}
        <Button variant="outlined" onClick={flow.editMapping} disabled={committing}>
          {importText.changeMapping}
        </Button>
        <Button variant="text" onClick={flow.reset} disabled={committing}>
          {importText.startOver}
        </Button>
        {plan && toWrite === 0 ? <Typography color="text.secondary">{importText.nothingToImport}</Typography> : null}
      </Box>
    </Box>
  );
}
