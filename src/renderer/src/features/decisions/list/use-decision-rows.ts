// The decisions list of one call, kept in step with the database: the first rows at once (read at
// start-up when the program opens on the list: first-rows-prefetch.ts), every row (and the budget)
// right after, then a re-read whenever the change log grows. The change log's
// last id is the whole signal (one key read); while `paused` (a letter batch saving one letter after
// another), the list waits and re-reads once at the end instead of once per letter.
import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import { ensureHeadsInStep } from '@renderer/data/application-heads';
import type { Call } from '@renderer/domain/call';
import { afterNextPaint, markAfterPaint } from '../../applications/list/perf-marks';
import { markStartupDoneAfterPaint } from '@renderer/components/after-startup';
import { loadDecisionRows, type CallDecisions } from './load-decision-rows';
import {
  FIRST_DECISION_ROWS,
  decisionListSignal,
  newestCallsFirst,
  peekPrefetchedDecisions,
  takePrefetchedDecisions,
  type DecisionsPrefetch,
  type PrefetchedDecisions,
} from './first-rows-prefetch';

export type { CallDecisions, DecisionRow, ListDecision } from './load-decision-rows';
export { FIRST_DECISION_ROWS };

/** Performance marks the benchmark (scripts/bench/decision-list.ts) reads. */
export const DECISION_MARKS = {
  start: 'vedtaksliste:start',
  firstRows: 'vedtaksliste:forste-rader',
  allRows: 'vedtaksliste:alle-rader',
} as const;

interface Loaded {
  callId: string;
  data: CallDecisions | null;
  /** The change signal the rows were read at. */
  signal: string | undefined;
}

interface StartingPoint {
  entry: PrefetchedDecisions | undefined;
  /** The start-up read as it was at the first render: finished, or not yet. */
  result: DecisionsPrefetch | undefined;
}

function startingPoint(): StartingPoint {
  const entry = peekPrefetchedDecisions();
  return { entry, result: entry?.value };
}

/** The start-up read, when it is of this call and had finished by the first render: the list's first render shows its rows. */
function prefetchedLoad({ result }: StartingPoint, callId: string | undefined): Loaded | undefined {
  return callId !== undefined && result?.callId === callId && result.data !== undefined ? { callId, data: result.data, signal: result.signal } : undefined;
}

/** The start-up read handed over, when it is of this call; undefined when there is none, it is stale or it failed. */
async function prefetchedOf(entry: PrefetchedDecisions | undefined, callId: string): Promise<DecisionsPrefetch | undefined> {
  const result = await entry?.promise.catch(() => undefined);
  return result?.callId === callId && result.data !== undefined ? result : undefined;
}

/** undefined while loading, null when the call does not exist. */
export function useCallDecisions(callId: string | undefined, options: { paused?: boolean } = {}): CallDecisions | null | undefined {
  const paused = options.paused ?? false;
  // Read once, on the first render: the start-up prefetch, if any.
  const [start] = useState(startingPoint);
  const [loaded, setLoaded] = useState<Loaded | undefined>(() => prefetchedLoad(start, callId));
  const [watching, setWatching] = useState<string | undefined>();
  const busy = useRef(false);
  const signal = useLiveQuery(() => (watching ? decisionListSignal(getDb()) : undefined), [watching]);

  // A new call: the first rows, then all of them.
  useEffect(() => {
    if (!callId) return;
    let cancelled = false;
    busy.current = true;
    setWatching(undefined);
    const load = async () => {
      performance.mark(DECISION_MARKS.start);
      const db = getDb();
      // Still valid only if nothing was written since it was read (it is dropped then).
      const handedOver = takePrefetchedDecisions();
      const shown = handedOver !== undefined && handedOver === start.entry ? prefetchedLoad(start, callId) : undefined;
      let first: CallDecisions | null;
      if (shown) {
        first = shown.data;
      } else {
        const prefetched = await prefetchedOf(handedOver, callId);
        const signalRead = prefetched ? prefetched.signal : decisionListSignal(db);
        first = prefetched ? (prefetched.data ?? null) : await loadDecisionRows(db, callId, FIRST_DECISION_ROWS);
        if (cancelled) return;
        setLoaded({ callId, data: first, signal: await signalRead });
      }
      if (first && !first.complete) {
        // Let the first rows reach the screen before the full read holds the main thread.
        await afterNextPaint();
        performance.mark(DECISION_MARKS.firstRows);
        if (cancelled) return;
        const nextSignal = decisionListSignal(db);
        const all = await loadDecisionRows(db, callId);
        if (cancelled) return;
        setLoaded({ callId, data: all, signal: await nextSignal });
      } else {
        markAfterPaint(DECISION_MARKS.firstRows);
      }
      markAfterPaint(DECISION_MARKS.allRows);
      // Work that waited for the start (preloading other pages, the automatic backup) goes ahead
      // now, not while the rows are read.
      markStartupDoneAfterPaint();
      // Applications written past the program (a raw test seed) show once their heads are derived.
      if (await ensureHeadsInStep(db, callId)) {
        const againSignal = decisionListSignal(db);
        const again = await loadDecisionRows(db, callId);
        if (cancelled) return;
        setLoaded({ callId, data: again, signal: await againSignal });
      }
      busy.current = false;
      setWatching(callId);
    };
    load().catch((error: unknown) => {
      busy.current = false;
      // Thrown from a state update, so the page's error boundary shows it instead of a list that waits forever.
      if (!cancelled) setLoaded(() => { throw error; });
    });
    return () => {
      cancelled = true;
      busy.current = false;
    };
  }, [callId, start]);

  // Later changes: re-read in the background, keeping the rows on screen.
  useEffect(() => {
    if (!callId || paused || busy.current || signal === undefined || watching !== callId) return;
    if (loaded?.callId !== callId || signal === loaded.signal) return;
    let cancelled = false;
    busy.current = true;
    loadDecisionRows(getDb(), callId).then(
      (data) => {
        busy.current = false;
        // A change that came in while reading shows as a newer signal and reads again.
        if (!cancelled) setLoaded({ callId, data, signal });
      },
      (error: unknown) => {
        busy.current = false;
        if (!cancelled) setLoaded(() => { throw error; });
      },
    );
    return () => {
      cancelled = true;
      busy.current = false;
    };
  }, [callId, paused, signal, watching, loaded]);

  if (!callId) return null;
  return loaded?.callId === callId ? loaded.data : undefined;
}

/** Every call, newest year first: what the call chooser offers. Those read at start-up until the live read answers. */
export function useCalls(): Call[] | undefined {
  const [start] = useState(() => peekPrefetchedDecisions()?.value?.calls);
  return useLiveQuery(async () => newestCallsFirst(await getDb().calls.toArray()), [], start);
}

/** The applications of a call with a recommendation (officer's or committee's). */
export function useRecommendedIds(callId: string | undefined): ReadonlySet<string> {
  const ids = useLiveQuery(
    async () => (callId ? (await getDb().recommendations.where('callId').equals(callId).toArray()).map((r) => r.applicationId) : []),
    [callId],
  );
  return new Set(ids ?? []);
}
