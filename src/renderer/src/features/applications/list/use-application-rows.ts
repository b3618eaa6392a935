// The list's rows: the newest 100 from an index at once (read at start-up when the program opens
// on the list), then all of them in the background, then
// kept in step with the database. A cheap live signal (the last change-log id) tells when to
// re-read; the 50 000 rows are never re-read on a keystroke.
import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, type AppDatabase } from '@renderer/data/db';
import { ensureHeadsInStep } from '@renderer/data/application-heads';
import {
  loadApplicationListRows,
  loadFirstApplicationRows,
  type ApplicationListRow,
} from '@renderer/services/queries/application-list';
import {
  FIRST_ROWS,
  peekPrefetchedFirstRows,
  takePrefetchedFirstRows,
  type PrefetchedRows,
} from './first-rows-prefetch';
import { MARKS, afterNextPaint, markAfterPaint } from './perf-marks';
import { markStartupDone } from '@renderer/components/after-startup';

export interface ApplicationRowsState {
  rows: readonly ApplicationListRow[];
  /** False until every row is in memory (the first rows may show before). */
  complete: boolean;
  /** True until the first rows are read. */
  loading: boolean;
  /** Reading failed: the list says so instead of waiting forever. */
  failed?: boolean;
}

/**
 * Changes whenever an application, organisation or screening is written: every such write goes
 * with its change-log row in one transaction, so the log's last id is the whole signal, one key
 * read. (A restore replaces the database and reloads the program.)
 */
export async function changeSignal(db: AppDatabase): Promise<string> {
  return String(await db.changeLog.orderBy(':id').lastKey());
}

interface StartingPoint {
  prefetched: PrefetchedRows | undefined;
  /** The prefetched rows when their read had finished by the first render. */
  rows: readonly ApplicationListRow[] | undefined;
}

function startingPoint(): StartingPoint {
  const prefetched = peekPrefetchedFirstRows();
  return { prefetched, rows: prefetched?.value };
}

function initialState({ rows }: StartingPoint): ApplicationRowsState {
  // Prefetched rows count as incomplete however few: the full read below confirms them, in case
  // something wrote to the database past Dexie (another program version, a restore from disk).
  return rows ? { rows, complete: false, loading: false } : { rows: [], complete: false, loading: true };
}

export function useApplicationRows(): ApplicationRowsState {
  // Read once, on the first render: the start-up prefetch (see first-rows-prefetch.ts), if any.
  const [start] = useState(startingPoint);
  const [state, setState] = useState<ApplicationRowsState>(() => initialState(start));
  const loadedFor = useRef<string | null>(null);
  const busy = useRef(false);
  // Subscribed only once all rows are in: it would otherwise compete with the first read.
  const [watching, setWatching] = useState(false);
  const signal = useLiveQuery(() => (watching ? changeSignal(getDb()) : undefined), [watching]);

  // First load: start at once, without waiting for the live signal.
  useEffect(() => {
    let cancelled = false;
    busy.current = true;
    const load = async () => {
      performance.mark(MARKS.listStart);
      const db = getDb();
      // Still valid only if nothing was written since it was read; otherwise read again.
      const handedOver = takePrefetchedFirstRows();
      let first: readonly ApplicationListRow[];
      const prefetched = handedOver !== undefined;
      if (start.rows && handedOver === start.prefetched) {
        first = start.rows;
      } else {
        first = await (handedOver?.promise ?? loadFirstApplicationRows(db, FIRST_ROWS));
        if (cancelled) return;
        setState({ rows: first, complete: !prefetched && first.length < FIRST_ROWS, loading: false });
      }
      // Let the first rows reach the screen before the full read: deserialising 50 000 records
      // holds the main thread for a while, and the officer should see rows meanwhile.
      await afterNextPaint();
      performance.mark(MARKS.firstRows);
      markStartupDone();
      if (cancelled) return;
      // The signal is asked for first, so a write during the full read is caught by the watch
      // below; the full read starts at once, without waiting for it.
      const signalRead = changeSignal(db);
      if (prefetched || first.length >= FIRST_ROWS) {
        const all = await loadApplicationListRows(db);
        if (cancelled) return;
        setState({ rows: all, complete: true, loading: false });
      }
      const startSignal = await signalRead;
      markAfterPaint(MARKS.allRows);
      // Applications written past the program (a raw test seed) show once their heads are derived.
      if (await ensureHeadsInStep(db)) {
        const again = await loadApplicationListRows(db);
        if (cancelled) return;
        setState({ rows: again, complete: true, loading: false });
      }
      loadedFor.current = startSignal;
      busy.current = false;
      setWatching(true);
    };
    load().catch((error: unknown) => {
      console.error(error);
      if (!cancelled) setState({ rows: [], complete: true, loading: false, failed: true });
    });
    return () => {
      cancelled = true;
      busy.current = false;
    };
  }, [start]);

  // Later changes: re-read everything in the background, keeping the old rows on screen.
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    if (signal === undefined || busy.current || loadedFor.current === null) return;
    if (signal === loadedFor.current) return;
    let cancelled = false;
    busy.current = true;
    const wanted = signal;
    void loadApplicationListRows(getDb()).then((all) => {
      busy.current = false;
      if (cancelled) return;
      loadedFor.current = wanted;
      setState({ rows: all, complete: true, loading: false });
      // A change that came in while reading: go again.
      setReloads((n) => n + 1);
    });
    return () => {
      cancelled = true;
      busy.current = false;
    };
  }, [signal, reloads, state.rows]);

  return state;
}
