// Importer søknader: a stepper from file to saved applications. Nothing is written before the
// officer confirms in the preview, and then everything in one transaction.
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { getDb } from '@renderer/data/db';
import type { Call } from '@renderer/domain/call';
import { isCallArchived } from '@renderer/domain/workflow';
import { areaPaths } from '@renderer/components/area-paths';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { PageLayout } from '@renderer/components/PageLayout';
import { appText } from '@renderer/i18n/app';
import { importText } from '@renderer/i18n/import';
import { ChooseStep } from './ChooseStep';
import { MappingStep } from './MappingStep';
import { ParseProgress } from './ParseProgress';
import { PreviewStep } from './PreviewStep';
import { SummaryStep } from './SummaryStep';
import { useImportFlow, type ImportPhase } from './use-import-flow';

const STEP_INDEX: Record<ImportPhase['step'], number> = { choose: 0, mapping: 1, preview: 2, done: 3 };

function byNewest(a: Call, b: Call): number {
  return b.year - a.year || b.deadline.localeCompare(a.deadline);
}

export default function ImportPage() {
  const [params] = useSearchParams();
  const calls = useLiveQuery(
    async () => (await getDb().calls.toArray()).filter((c) => !isCallArchived(c.status)).sort(byNewest),
    [],
  );
  const [chosenCall, setChosenCall] = useState<string | undefined>();
  const flow = useImportFlow();

  // The address may name the call (?utlysning=…, from a call's page); with one call there is no choice.
  const callId = chosenCall ?? params.get('utlysning') ?? (calls?.length === 1 ? calls[0]!.id : '');
  const call = calls?.find((c) => c.id === callId);
  const active = STEP_INDEX[flow.phase.step];

  return (
    <PageLayout title={importText.title} lead={importText.lead}>
      <Box sx={{ mt: -1.5, mb: 3 }}>
        <Link component={RouterLink} to={areaPaths.applications}>
          {importText.backToList}
        </Link>
      </Box>
      <Stepper activeStep={active} sx={{ mb: 4 }} aria-label={importText.title}>
        {importText.steps.map((label, i) => (
          <Step key={label} completed={i < active || flow.phase.step === 'done'}>
            <StepLabel
              optional={
                i === 1 && active > 1 && !flow.mappingStepUsed ? (
                  <Typography variant="caption">{importText.stepSkipped}</Typography>
                ) : undefined
              }
            >
              {label}
            </StepLabel>
          </Step>
        ))}
      </Stepper>
      {calls === undefined ? (
        <CenteredProgress label={appText.loading} />
      ) : flow.phase.step === 'choose' ? (
        <ChooseStep flow={flow} calls={calls} callId={callId} onCallChange={setChosenCall} />
      ) : flow.busy ? (
        <ParseProgress busy={flow.busy} onCancel={flow.cancel} />
      ) : flow.phase.step === 'mapping' ? (
        <MappingStep flow={flow} />
      ) : flow.phase.step === 'preview' ? (
        <PreviewStep flow={flow} preview={flow.phase.preview} callId={callId} callTitle={call?.title ?? ''} />
      ) : (
        <SummaryStep result={flow.phase.result} callId={callId} onAnother={flow.reset} />
      )}
    </PageLayout>
  );
}
