// The list's rows: the newest 100 from an index at once, then all of them in the background, then
// kept in step with the database. A cheap live signal (the last change-log id and the row counts)
// tells when to re-read; the 50 000 rows are never re-read on a keystroke.
import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, type AppDatabase } from '@renderer/data/db';
import {
  loadApplicationListRows,
  loadFirstApplicationRows,
  type ApplicationListRow,
} from '@renderer/services/queries/application-list';
import { MARKS, afterNextPaint, markAfterPaint } from './perf-marks';

const FIRST_ROWS = 100;

export interface ApplicationRowsState {
  rows: readonly ApplicationListRow[];
  /** False until every row is in memory (the first rows may show before). */
  complete: boolean;
  /** True until the first rows are read. */
  loading: boolean;
  /** Reading failed: the list says so instead of waiting forever. */
  failed?: boolean;
}

/** Changes whenever an application, organisation or screening is written (logged or not). */
async function changeSignal(db: AppDatabase): Promise<string> {
  const [lastChange, applications, organisations, screenings] = await Promise.all([
    db.changeLog.orderBy(':id').lastKey(),
    db.applications.count(),
    db.organisations.count(),
    db.screenings.count(),
  ]);
  return `${String(lastChange)}/${applications}/${organisations}/${screenings}`;
}

export function useApplicationRows(): ApplicationRowsState {
  const [state, setState] = useState<ApplicationRowsState>({ rows: [], complete: false, loading: true });
  const loadedFor = useRef<string | null>(null);
  const busy = useRef(false);
  // Subscribed only once all rows are in: its counts would otherwise compete with the first read.
  const [watching, setWatching] = useState(false);
  const signal = useLiveQuery(() => (watching ? changeSignal(getDb()) : undefined), [watching]);

  // First load: start at once, without waiting for the live signal.
  useEffect(() => {
    let cancelled = false;
    busy.current = true;
    const load = async () => {
      const db = getDb();
      await db.open();
      performance.mark(MARKS.dbOpen);
      const first = await loadFirstApplicationRows(db, FIRST_ROWS);
      performance.mark(MARKS.firstRowsRead);
      if (cancelled) return;
      const complete = first.length < FIRST_ROWS;
      setState({ rows: first, complete, loading: false });
      // Let the first rows reach the screen before the full read: deserialising 50 000 records
      // holds the main thread for a while, and the officer should see rows meanwhile.
      await afterNextPaint();
      performance.mark(MARKS.firstRows);
      if (cancelled) return;
      // Read after the first rows are up (the counts cost a little), before the full read.
      const startSignal = await changeSignal(db);
      if (!complete) {
        const all = await loadApplicationListRows(db);
        if (cancelled) return;
        setState({ rows: all, complete: true, loading: false });
      }
      markAfterPaint(MARKS.allRows);
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
  }, []);

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
