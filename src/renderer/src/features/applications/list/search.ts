// Quick search and filters over the prepared list rows, in memory. Runs on every keystroke over
// up to 50 000 rows, so it only does `includes` on the lower-cased text prepared by the query.
import type { ApplicationStatus } from '@renderer/domain/application';
import type { SubGoal } from '@renderer/domain/call';
import type { OrganisationKind } from '@renderer/domain/organisation';
import { isApplicationEditable } from '@renderer/domain/workflow';
import type { ApplicationListRow, ListScreeningSummary } from '@renderer/services/queries/application-list';

export interface ListFilters {
  callId?: string;
  status?: ApplicationStatus;
  subGoal?: SubGoal;
  organisationKind?: OrganisationKind;
  screening?: ListScreeningSummary;
  /** Only cases still waiting (not decided, not withdrawn): what «Å gjøre» on Oversikt counts. */
  pending?: true;
}

/**
 * The words to look for: lower-cased, and digit groups typed with spaces joined ("864 139" →
 * "864139") so an orgnr matches however it was typed. A letter's reference copied whole
 * ("2020/3F2A9C1B") looks for its short id. Every word must occur.
 */
export function searchTerms(query: string): string[] {
  // Most calls (every render of the list without a search) need none of the expressions below.
  if (query.trim() === '') return [];
  const joined = query
    .toLowerCase()
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/(?<![\w/])\d{4}\/([0-9a-z]{8})(?![\w/])/g, '$1')
    .replace(/(\d)[\s.]+(?=\d)/g, '$1');
  return joined.split(/\s+/).filter((term) => term.length > 0);
}

function matchesFilters(row: ApplicationListRow, f: ListFilters): boolean {
  return (
    (f.callId === undefined || row.callId === f.callId) &&
    (f.status === undefined || row.status === f.status) &&
    (f.subGoal === undefined || row.subGoals.includes(f.subGoal)) &&
    (f.organisationKind === undefined || row.organisationKind === f.organisationKind) &&
    (f.screening === undefined || row.screeningSummary === f.screening) &&
    (f.pending === undefined || isApplicationEditable(row.status))
  );
}

export function hasActiveFilters(f: ListFilters): boolean {
  return Object.values(f).some((v) => v !== undefined);
}

/** The rows that match, in their given order; the same array when nothing narrows the list. */
export function filterRows<R extends ApplicationListRow>(
  rows: readonly R[],
  query: string,
  filters: ListFilters,
): readonly R[] {
  const terms = searchTerms(query);
  const filtering = hasActiveFilters(filters);
  if (terms.length === 0 && !filtering) return rows;
  const out: R[] = [];
  for (const row of rows) {
    if (filtering && !matchesFilters(row, filters)) continue;
    let ok = true;
    for (const term of terms) {
      if (!row.searchText.includes(term)) {
        ok = false;
        break;
      }
    }
    if (ok) out.push(row);
  }
  return out;
}
