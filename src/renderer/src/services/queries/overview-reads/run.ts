// Oversikt's heavier reads by name, so the same code runs in the worker (overview-reads.worker.ts)
// and, where there is no Worker (happy-dom tests), on the main thread.
import type { AppDatabase } from '@renderer/data/db';
import { collectDeadlines, type Deadline } from '../overview/deadlines';
import { loadCallTodo, type CallTodo } from '../overview/todo';
import { getCallFigures, type CallFigures } from '../overview-figures/call-figures';
import { getMunicipalityYears } from '../overview-figures/years';
import type { YearFigures } from '../overview-figures/year-sums';

export type OverviewRead =
  | { kind: 'todo'; callId: string; today: string }
  | { kind: 'deadlines'; today: string }
  | { kind: 'call-figures'; callId: string }
  | { kind: 'years' };

export interface OverviewReadResults {
  todo: CallTodo;
  deadlines: Deadline[];
  'call-figures': CallFigures;
  years: YearFigures[];
}

export type OverviewReadResult<R extends OverviewRead> = OverviewReadResults[R['kind']];

export function runOverviewRead<R extends OverviewRead>(db: AppDatabase, read: R): Promise<OverviewReadResult<R>>;
export function runOverviewRead(db: AppDatabase, read: OverviewRead): Promise<OverviewReadResults[keyof OverviewReadResults]> {
  switch (read.kind) {
    case 'todo':
      return loadCallTodo(db, read.callId, read.today);
    case 'deadlines':
      return collectDeadlines(db, read.today);
    case 'call-figures':
      return getCallFigures(db, read.callId);
    case 'years':
      return getMunicipalityYears(db);
  }
}
