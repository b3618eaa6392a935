// Runs a batch of letters: prepare inputs, render in the worker, store each letter as it comes
// (saveBatchLetter: bytes + SHA-256, and only if the decision has no current letter yet, so a
// second or resumed run makes no duplicates), then zip the new ones and hand the zip to the platform.
import { useEffect, useRef, useState } from 'react';
import { getDb } from '@renderer/data/db';
import type { LetterLanguage } from '@renderer/domain/settings';
import { getPlatform } from '@renderer/platform';
import { defaultContext } from '@renderer/services/context';
import { saveBatchLetter } from '@renderer/services/decisions';
import { safetyText as s } from '@renderer/i18n/decision-safety';
import { LettersCancelledError, renderLetters, type LetterRun } from '@renderer/workers/letters/letters-client';
import type { NamedFile } from '@shared/platform';
import { decisionsText as t } from '@renderer/i18n/decisions';
import { prepareLetters } from './letter-job';
import { lettersFolderName } from './letter-file-name';
import { todayInOslo } from '@renderer/domain/oslo-date';

export type BatchState =
  | { phase: 'running'; done: number; total: number }
  | { phase: 'saving'; done: number; total: number }
  | { phase: 'finished'; message: string; severity: 'success' | 'info' | 'error' };

export function useLetterBatch(decisionIds: readonly string[], language: LetterLanguage, year: number) {
  const [state, setStateNow] = useState<BatchState>({ phase: 'running', done: 0, total: decisionIds.length });
  const cancelRef = useRef<() => void>(() => {});
  // Only the ids' content matters, not the array's identity.
  const key = decisionIds.join(',');

  useEffect(() => {
    // Per run, so a cancelled run (React's double effect in development) never comes back to life.
    let stopped = false;
    let run: LetterRun | undefined;
    let disposed = false;
    const cancelThis = () => {
      stopped = true;
      run?.cancel();
    };
    cancelRef.current = cancelThis;
    // An unmounted run says nothing more (its letters stay stored).
    const setState = (next: BatchState) => {
      if (!disposed) setStateNow(next);
    };
    let made = 0;
    let skipped = 0;
    const entries: NamedFile[] = [];
    void (async () => {
      try {
        const prepared = await prepareLetters(getDb(), key.split(','), language, todayInOslo());
        if (stopped) throw new LettersCancelledError();
        const names = new Map(prepared.map((p) => [p.job.key, p.fileName]));
        setState({ phase: 'running', done: 0, total: prepared.length });
        run = renderLetters(
          prepared.map((p) => p.job),
          async (decisionId, bytes) => {
            const saved = await saveBatchLetter(defaultContext(), { decisionId, language, bytes });
            if (saved) {
              entries.push({ name: names.get(decisionId) ?? `${decisionId}.pdf`, bytes });
              made++;
            } else skipped++;
            if (!stopped) setState({ phase: 'running', done: made + skipped, total: prepared.length });
          },
        );
        await run.done;
        if (made === 0) {
          setState({ phase: 'finished', severity: 'info', message: s.batchNothing(skipped) });
          return;
        }
        setState({ phase: 'saving', done: made + skipped, total: prepared.length });
        const folderName = lettersFolderName(year);
        // A folder of PDFs in Electron, one zip in the browser.
        const result = await getPlatform().saveFiles({ folderName, files: entries });
        setState({
          phase: 'finished',
          severity: result.saved ? 'success' : 'info',
          message: result.saved ? s.batchDone(made, skipped, result.path ?? folderName) : t.batchCancelled(made),
        });
      } catch (e) {
        if (e instanceof LettersCancelledError) {
          setState({ phase: 'finished', severity: 'info', message: t.batchCancelled(made) });
        } else {
          console.error(e);
          setState({ phase: 'finished', severity: 'error', message: `${t.batchFailed} ${e instanceof Error ? e.message : ''}`.trim() });
        }
      }
    })();
    return () => {
      disposed = true;
      cancelThis();
    };
  }, [key, language, year]);

  return { state, cancel: () => cancelRef.current() };
}
