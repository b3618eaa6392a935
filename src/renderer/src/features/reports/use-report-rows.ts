// The grants with their reports, live: any write to a report, payment, claim or letter re-reads.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import { loadReportRows, type ReportRow } from '@renderer/services/queries/report-list';
import { todayInOslo } from '@renderer/domain/oslo-date';

export function useReportRows(decisionIds?: readonly string[]): ReportRow[] | undefined {
  const key = decisionIds?.join(',');
  return useLiveQuery(() => loadReportRows(getDb(), todayInOslo(), key === undefined ? undefined : key.split(',')), [key]);
}
