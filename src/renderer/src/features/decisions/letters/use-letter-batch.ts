// Runs a batch of letters: prepare inputs, render in the pool of workers, store the letters in
// groups as they come, in order (saveBatchLetters: bytes + SHA-256, one transaction per group, and
// only if the decision has no current letter yet, so a second or resumed run makes no duplicates),
// then zip the new ones and hand the zip to the platform. Groups keep the decision list from
// reading again after every single letter. Letters rendered before a cancel or a failed letter are
// stored, as when each was stored on its own.
import { useEffect, useRef, useState } from 'react';
import { getDb } from '@renderer/data/db';
import type { LetterLanguage } from '@renderer/domain/settings';
import { getPlatform } from '@renderer/platform';
import { defaultContext } from '@renderer/services/context';
import { saveBatchLetters, type SaveLetterInput } from '@renderer/services/decisions';
import { safetyText as s } from '@renderer/i18n/decision-safety';
import { LetterRenderError, LettersCancelledError, renderLetters, type LetterRun } from '@renderer/workers/letters/letters-client';
import type { NamedFile } from '@shared/platform';
import { decisionsText as t } from '@renderer/i18n/decisions';
import { prepareLetters } from './letter-job';
import { lettersFolderName } from './letter-file-name';
import { todayInOslo } from '@renderer/domain/oslo-date';

/** Letters stored per transaction: the list reads again once per group, not once per letter. */
export const LETTER_GROUP_SIZE = 25;

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
    let total = 0;
    const entries: NamedFile[] = [];
    const names = new Map<string, string>();
    let group: SaveLetterInput[] = [];
    const storeNow = async () => {
      const inputs = group;
      group = [];
      if (inputs.length === 0) return;
      const saved = await saveBatchLetters(defaultContext(), inputs);
      saved.forEach((letter, i) => {
        const { decisionId, bytes } = inputs[i]!;
        if (letter) {
          entries.push({ name: names.get(decisionId) ?? `${decisionId}.pdf`, bytes });
          made++;
        } else skipped++;
      });
      if (!stopped) setState({ phase: 'running', done: made + skipped, total });
    };
    // Groups are stored one after the other: a cancel that comes while a group is being saved waits
    // for it, so the message counts every letter that was stored.
    let storing: Promise<void> = Promise.resolve();
    const storeGroup = () => (storing = storing.then(storeNow, storeNow));
    void (async () => {
      let describe = (_key: string): { organisation: string; title: string } | undefined => undefined;
      try {
        const prepared = await prepareLetters(getDb(), key.split(','), language, todayInOslo());
        if (stopped) throw new LettersCancelledError();
        total = prepared.length;
        for (const p of prepared) names.set(p.job.key, p.fileName);
        const inputs = new Map(prepared.map((p) => [p.job.key, p.job.input]));
        describe = (decisionId) => {
          const input = inputs.get(decisionId);
          return input && { organisation: input.organisation.name, title: input.application.title };
        };
        setState({ phase: 'running', done: 0, total });
        run = renderLetters(
          prepared.map((p) => p.job),
          async (decisionId, bytes) => {
            group.push({ decisionId, language, bytes });
            if (group.length >= LETTER_GROUP_SIZE) await storeGroup();
          },
        );
        await run.done;
        await storeGroup();
        if (made === 0) {
          setState({ phase: 'finished', severity: 'info', message: s.batchNothing(skipped) });
          return;
        }
        setState({ phase: 'saving', done: made + skipped, total });
        const folderName = lettersFolderName(year);
        // A folder of PDFs in Electron, one zip in the browser.
        const result = await getPlatform().saveFiles({ folderName, files: entries });
        setState({
          phase: 'finished',
          severity: result.saved ? 'success' : 'info',
          message: result.saved ? s.batchDone(made, skipped, result.path ?? folderName) : t.batchCancelled(made),
        });
      } catch (e) {
        // What was rendered before the stop is stored, as it would have been one by one.
        await storeGroup().catch((error: unknown) => console.error(error));
        if (e instanceof LettersCancelledError) {
          setState({ phase: 'finished', severity: 'info', message: t.batchCancelled(made) });
        } else {
          console.error(e);
          const failed = e instanceof LetterRenderError ? describe(e.key) : undefined;
          const message = failed
            ? `${t.batchFailedAt(failed.organisation, failed.title, made)} ${e instanceof Error ? e.message : ''}`
            : `${t.batchFailed} ${e instanceof Error ? e.message : ''}`;
          setState({ phase: 'finished', severity: 'error', message: message.trim() });
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
