// Step 1: the call, the file, and (for the form supplier) the template.
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import { areaPaths } from '@renderer/components/area-paths';
import type { Call } from '@renderer/domain/call';
import { importText } from '@renderer/i18n/import';
import { CallSelect } from './CallSelect';
import { FileDropZone } from './FileDropZone';
import { ParseProgress } from './ParseProgress';
import { TemplateButtons } from './TemplateButtons';
import type { ImportFlow } from './use-import-flow';

interface Props {
  flow: ImportFlow;
  calls: readonly Call[];
  callId: string;
  onCallChange: (callId: string) => void;
}

export function ChooseStep({ flow, calls, callId, onCallChange }: Props) {
  const [openProblem, setOpenProblem] = useState<string | undefined>();
  if (calls.length === 0) {
    return (
      <Alert
        severity="info"
        variant="outlined"
        action={
          <Button component={RouterLink} to={`${areaPaths.calls}/ny`} color="inherit">
            {importText.createCall}
          </Button>
        }
      >
        <AlertTitle>{importText.noCallsTitle}</AlertTitle>
        {importText.noCallsBody}
      </Alert>
    );
  }
  return (
    <Box>
      <Box sx={{ mb: 3 }}>
        <CallSelect calls={calls} value={callId} onChange={onCallChange} disabled={flow.busy !== undefined} />
      </Box>
      {flow.problem ? (
        <Alert severity="error" sx={{ mb: 3 }}>
          <AlertTitle>{importText.fileErrorTitle(flow.problem.fileName)}</AlertTitle>
          {flow.problem.message} {importText.nothingSaved}
        </Alert>
      ) : null}
      {openProblem ? (
        <Alert severity="error" sx={{ mb: 3 }} onClose={() => setOpenProblem(undefined)}>
          {openProblem}
        </Alert>
      ) : null}
      {flow.cancelled ? (
        <Alert severity="info" sx={{ mb: 3 }}>
          {importText.cancelledInfo}
        </Alert>
      ) : null}
      {flow.busy ? (
        <ParseProgress busy={flow.busy} onCancel={flow.cancel} />
      ) : (
        <Box component="section" aria-label={importText.fileHeading} sx={{ mb: 4 }}>
          <FileDropZone
            disabled={!callId}
            onFile={(file) => {
              setOpenProblem(undefined);
              void flow.chooseFile(file);
            }}
            onOpenFailed={setOpenProblem}
          />
        </Box>
      )}
      <Divider sx={{ my: 4 }} />
      <TemplateButtons />
    </Box>
  );
}
