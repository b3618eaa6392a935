// "Kontroller endringsloggen": walks the hash chain and says OK with the count, or where it breaks.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import { getDb } from '@renderer/data/db';
import { verifyChangeLog, type ChainResult } from '@renderer/services/change-log-verify';
import { changeLogText } from '@renderer/i18n/change-log';

export type VerifyOutcome = { kind: 'result'; result: ChainResult } | { kind: 'failed'; message: string } | null;

export function useVerifyChangeLog() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<VerifyOutcome>(null);

  async function run() {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ kind: 'result', result: await verifyChangeLog(getDb()) });
    } catch (error) {
      setOutcome({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  return { busy, outcome, run };
}

export function VerifyOutcomeAlert({ outcome }: { outcome: NonNullable<VerifyOutcome> }) {
  if (outcome.kind === 'failed') return <Alert role="none" severity="error">{changeLogText.verifyFailed(outcome.message)}</Alert>;
  const { result } = outcome;
  if (!result.ok) return <Alert role="none" severity="error">{changeLogText.verifyBroken(result.brokenAtId, result.reason)}</Alert>;
  return (
    <Alert role="none" severity="success">{result.count === 0 ? changeLogText.verifyEmpty : changeLogText.verifyOk(result.count)}</Alert>
  );
}
