// Runs a batch of reminders: prepare inputs, render in the worker with progress, keep them all in
// one transaction (bytes + SHA-256, registered as sent today), then hand the files to the platform.
import { useEffect, useRef, useState } from 'react';
import { getDb } from '@renderer/data/db';
import type { LetterLanguage } from '@renderer/domain/settings';
import { getPlatform } from '@renderer/platform';
import { defaultContext } from '@renderer/services/context';
import { saveReminderLetters, type ReminderLetterInput } from '@renderer/services/reports/reminders';
import { FollowUpCancelledError, renderFollowUpLetters, type FollowUpRun } from '@renderer/workers/follow-up-letters/follow-up-client';
import type { NamedFile } from '@shared/platform';
import { reportsText as t } from '@renderer/i18n/reports';
import { prepareReminders } from '../letters/follow-up-jobs';

export type ReminderBatchState =
  | { phase: 'running'; done: number; total: number }
  | { phase: 'saving'; done: number; total: number }
  | { phase: 'finished'; message: string; severity: 'success' | 'info' | 'error' };

export interface ReminderBatchOptions {
  decisionIds: readonly string[];
  language: LetterLanguage;
  letterDate: string;
  newDeadline: string;
}

export function useReminderBatch(options: ReminderBatchOptions) {
  const { language, letterDate, newDeadline } = options;
  const key = options.decisionIds.join(',');
  const [state, setStateNow] = useState<ReminderBatchState>({ phase: 'running', done: 0, total: options.decisionIds.length });
  const cancelRef = useRef<() => void>(() => {});

  useEffect(() => {
    let stopped = false;
    let disposed = false;
    let run: FollowUpRun | undefined;
    const cancelThis = () => {
      stopped = true;
      run?.cancel();
    };
    cancelRef.current = cancelThis;
    const setState = (next: ReminderBatchState) => {
      if (!disposed) setStateNow(next);
    };
    void (async () => {
      try {
        const prepared = await prepareReminders(getDb(), key.split(','), language, letterDate, newDeadline);
        if (stopped) throw new FollowUpCancelledError();
        const names = new Map(prepared.map((p) => [p.job.key, p.fileName]));
        const made: ReminderLetterInput[] = [];
        const files: NamedFile[] = [];
        setState({ phase: 'running', done: 0, total: prepared.length });
        run = renderFollowUpLetters(
          prepared.map((p) => p.job),
          (decisionId, bytes) => {
            made.push({ decisionId, bytes });
            files.push({ name: names.get(decisionId) ?? `${decisionId}.pdf`, bytes });
            if (!stopped) setState({ phase: 'running', done: made.length, total: prepared.length });
          },
        );
        await run.done;
        setState({ phase: 'saving', done: made.length, total: prepared.length });
        // All or nothing: the letters are registered in the cases in one transaction.
        await saveReminderLetters(defaultContext(), made, language, letterDate);
        const folderName = t.remindersFolder(letterDate);
        const result = await getPlatform().saveFiles({ folderName, files });
        setState({
          phase: 'finished',
          severity: result.saved ? 'success' : 'info',
          message: result.saved ? t.batchDone(made.length, result.path ?? folderName) : t.batchNotSaved(made.length),
        });
      } catch (e) {
        if (e instanceof FollowUpCancelledError) setState({ phase: 'finished', severity: 'info', message: t.batchCancelled });
        else {
          console.error(e);
          setState({ phase: 'finished', severity: 'error', message: `${t.batchFailed} ${e instanceof Error ? e.message : ''}`.trim() });
        }
      }
    })();
    return () => {
      disposed = true;
      cancelThis();
    };
  }, [key, language, letterDate, newDeadline]);

  return { state, cancel: () => cancelRef.current() };
}
