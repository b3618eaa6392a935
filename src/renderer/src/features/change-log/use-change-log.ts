// The change log page's reads: the page shown (live, newest first, through the primary key or an
// index), the actors for the filter, and, in the background once the first page is shown, the
// search text of every entry for the free-text filter.
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import { lastChangeId } from '@renderer/data/change-signal';
import { compareNb } from '@renderer/domain/collate';
import type { ChangeLogFilter, ChangeLogRow } from './change-log-rows';
import {
  buildSearchIndex,
  countSelection,
  readPage,
  selectByIndex,
  selectBySearch,
  type IndexProgress,
  type SearchEntry,
  type Selection,
} from './change-log-reader';

export type ChangeLogPageState =
  | {
      kind: 'ready';
      rows: ChangeLogRow[];
      /** Entries the filter selects. */
      total: number;
      /** Entries in the log. */
      logTotal: number;
      /** The page shown: the one asked for, or the last when a narrower filter has fewer. */
      page: number;
      selection: Selection;
    }
  /** Free text is typed, and the search index is still being read. */
  | { kind: 'indexing' };

export function useChangeLogPage(
  filter: ChangeLogFilter,
  index: readonly SearchEntry[] | undefined,
  page: number,
  pageSize: number,
): ChangeLogPageState | undefined {
  const text = filter.text.trim() !== '';
  return useLiveQuery<ChangeLogPageState>(async () => {
    const db = getDb();
    let selection: Selection;
    if (text) {
      if (!index) return { kind: 'indexing' };
      selection = selectBySearch(index, filter);
    } else {
      selection = await selectByIndex(db, filter);
    }
    const [total, logTotal] = await Promise.all([countSelection(db, selection), db.changeLog.count()]);
    const shown = Math.min(page, Math.max(0, Math.ceil(total / pageSize) - 1));
    const rows = await readPage(db, selection, shown * pageSize, pageSize);
    return { kind: 'ready', rows, total, logTotal, page: shown, selection };
  }, [filter.entity, filter.actor, filter.text, text ? index : undefined, page, pageSize]);
}

/** Everyone who has made a change, in Norwegian order: the actor index's distinct keys. */
export function useChangeLogActors(): string[] {
  return (
    useLiveQuery(async () => {
      const actors = (await getDb().changeLog.orderBy('actor').uniqueKeys()) as string[];
      return actors.sort(compareNb);
    }, []) ?? []
  );
}

export interface SearchIndexState {
  index: SearchEntry[] | undefined;
  /** While the index is (re)built. */
  progress: IndexProgress | undefined;
  /** Reading the log for search failed: the page says so instead of waiting. */
  failed: boolean;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every entry's search text, built once `start` is true and again after each write (the log's last
 * id changes). The index built before stays usable while the next is read.
 */
export function useSearchIndex(start: boolean): SearchIndexState {
  const signal = useLiveQuery(() => (start ? lastChangeId(getDb()) : undefined), [start]);
  const [index, setIndex] = useState<SearchEntry[] | undefined>();
  const [progress, setProgress] = useState<IndexProgress | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (signal === undefined) return;
    let cancelled = false;
    setFailed(false);
    void buildSearchIndex(getDb(), {
      onProgress: (p) => !cancelled && setProgress(p),
      yieldNow: nextTask,
      cancelled: () => cancelled,
    }).then(
      (built) => {
        if (cancelled || !built) return;
        setIndex(built);
        setProgress(undefined);
      },
      () => {
        if (cancelled) return;
        setProgress(undefined);
        setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [signal]);
  return { index, progress, failed };
}
