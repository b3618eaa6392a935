// "Kontroller endringsloggen og dataene": the chain, every record against the log, and the chain's
// head against the anchor kept outside the database; with progress while it reads.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import { getDb } from '@renderer/data/db';
import { verifyData, type AuditProgress, type DataAudit } from '@renderer/services/audit/verify-data';
import { auditText } from '@renderer/i18n/audit';
import { ensureAnchorStore } from './AnchorKeeper';
import { AuditReport } from './AuditReport';

export type VerifyOutcome = { kind: 'result'; audit: DataAudit } | { kind: 'failed'; message: string } | null;

export function useVerifyChangeLog() {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<AuditProgress | null>(null);
  const [outcome, setOutcome] = useState<VerifyOutcome>(null);

  async function run() {
    setBusy(true);
    setOutcome(null);
    setProgress(null);
    try {
      setOutcome({ kind: 'result', audit: await verifyData(getDb(), ensureAnchorStore(), setProgress) });
    } catch (error) {
      setOutcome({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return { busy, progress, outcome, run };
}

export function VerifyProgress({ progress }: { progress: AuditProgress | null }) {
  if (!progress) return null;
  const text =
    progress.phase === 'log'
      ? auditText.progressLog(progress.done, progress.total)
      : auditText.progressRecords(progress.done, progress.total);
  const value = progress.total > 0 ? Math.min(100, (progress.done / progress.total) * 100) : 0;
  return (
    <Box sx={{ mt: 1 }}>
      <LinearProgress variant="determinate" value={value} aria-label={text} />
      <Typography variant="body2" color="text.secondary">
        {text}
      </Typography>
    </Box>
  );
}

export function VerifyOutcomeAlert({ outcome }: { outcome: NonNullable<VerifyOutcome> }) {
  if (outcome.kind === 'failed') return <Alert role="none" severity="error">{auditText.failed(outcome.message)}</Alert>;
  return <AuditReport audit={outcome.audit} />;
}
