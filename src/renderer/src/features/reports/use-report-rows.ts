// The grants with their reports, live: any write to a report, payment, claim or letter re-reads.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import { loadReportRows, type ReportRow } from '@renderer/services/queries/report-list';
import { todayIso } from '../decisions/letters/today';

export function useReportRows(decisionIds?: readonly string[]): ReportRow[] | undefined {
  const key = decisionIds?.join(',');
  return useLiveQuery(() => loadReportRows(getDb(), todayIso(), key === undefined ? undefined : key.split(',')), [key]);
}
