// The years to choose from (those of the municipality's calls) and the chosen year's report, live.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
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

export function useExportData(municipalityId: string, year: number | undefined): ExportDataState {
  return useLiveQuery<ExportDataState, ExportDataState>(
    async () => {
      if (year === undefined) return { status: 'loading' };
      try {
        return { status: 'ready', data: await collectImdiExport(getDb(), { year, municipalityId }) };
      } catch {
        return { status: 'failed' };
      }
    },
    [municipalityId, year],
    { status: 'loading' },
  );
}
