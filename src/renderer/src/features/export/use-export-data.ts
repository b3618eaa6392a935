// The years to choose from (those of the municipality's calls) and the chosen year's report, live.
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import { lastChangeId } from '@renderer/data/change-signal';
import { collectImdiExport, type ImdiExportData } from '@renderer/services/export';

/** The municipality's call years, newest first; undefined while loading. */
export function useCallYears(municipalityId: string): number[] | undefined {
  return useLiveQuery(async () => {
    const calls = await getDb().calls.where('municipalityId').equals(municipalityId).toArray();
    return [...new Set(calls.map((c) => c.year))].sort((a, b) => b - a);
  }, [municipalityId]);
}

export type ExportDataState =
  | { status: 'loading' }
  | { status: 'ready'; data: ImdiExportData }
  | { status: 'failed' };

/**
 * The change log's last id, live: it changes with every write. Only this is watched live: a live
 * query would track each of the report's thousands of reads, which cost more than the reads. Held
 * by the page, not the year's report, so choosing another year reads at once instead of waiting
 * for a new subscription's first answer.
 */
export function useChangeSignal(): number | undefined {
  return useLiveQuery(() => lastChangeId(getDb()), []);
}

/** The year's report, read again whenever `signal` (useChangeSignal) changes. */
export function useExportData(municipalityId: string, year: number | undefined, signal: number | undefined): ExportDataState {
  const key = `${municipalityId}:${year}`;
  const [read, setRead] = useState<{ key: string; state: ExportDataState } | undefined>();
  useEffect(() => {
    if (signal === undefined || year === undefined) return;
    let current = true;
    // The report shown stays until the new one is read, so a write elsewhere does not blank the page.
    collectImdiExport(getDb(), { year, municipalityId }).then(
      (data) => current && setRead({ key, state: { status: 'ready', data } }),
      () => current && setRead({ key, state: { status: 'failed' } }),
    );
    return () => {
      current = false;
    };
  }, [signal, municipalityId, year, key]);
  return read?.key === key ? read.state : { status: 'loading' };
}
