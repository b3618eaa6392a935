// The calls Oversikt can show, newest first, and which of them is «in progress»: the open call,
// else the newest (by year, then deadline) that is not a draft, else the newest draft.
import type { AppDatabase } from '@renderer/data/db';
import type { Call } from '@renderer/domain/call';

export type OverviewCall = Pick<Call, 'id' | 'year' | 'title' | 'status' | 'deadline'>;

function newestFirst(a: OverviewCall, b: OverviewCall): number {
  return b.year - a.year || (a.deadline < b.deadline ? 1 : a.deadline > b.deadline ? -1 : 0);
}

/** The calls as Oversikt lists them, newest first, from calls already read. */
export function overviewCallsOf(calls: readonly OverviewCall[]): OverviewCall[] {
  return calls.map(({ id, year, title, status, deadline }) => ({ id, year, title, status, deadline })).sort(newestFirst);
}

export async function listOverviewCalls(db: AppDatabase): Promise<OverviewCall[]> {
  return overviewCallsOf(await db.calls.toArray());
}

/** Calls as the page's chooser lists them: newest year first, then latest deadline, then id. */
export function callsNewestFirst<C extends OverviewCall>(calls: readonly C[]): C[] {
  return [...calls].sort((a, b) => b.year - a.year || b.deadline.localeCompare(a.deadline) || a.id.localeCompare(b.id));
}

/** The call the page opens on (sorted newest first): the newest neither a draft nor archived, else the newest. */
export function callInProgress<C extends OverviewCall>(calls: readonly C[]): C | undefined {
  return calls.find((c) => c.status !== 'utkast' && c.status !== 'arkivert') ?? calls[0];
}

/** The call in progress among `calls` (sorted newest first); undefined when there is none. */
export function currentCallId(calls: readonly OverviewCall[]): string | undefined {
  return (calls.find((c) => c.status === 'apen') ?? calls.find((c) => c.status !== 'utkast') ?? calls[0])?.id;
}
