// The decisions list narrowed by ?vis=…, as Oversikt's «Å gjøre» links to it: decisions without a
// letter for them as they stand, letters not marked sent, or recommended cases not yet decided.
import { needsLetter } from '@renderer/domain/decisions/letter-status';
import type { DecisionRow } from './use-decision-rows';

export const ROW_FILTERS = ['mangler', 'ikke_sendt', 'innstilt'] as const;
export type RowFilter = (typeof ROW_FILTERS)[number];

export function rowFilterOf(value: string | null): RowFilter | undefined {
  return ROW_FILTERS.find((f) => f === value);
}

export function filterDecisionRows(rows: readonly DecisionRow[], filter: RowFilter | undefined, recommended: ReadonlySet<string>): readonly DecisionRow[] {
  switch (filter) {
    case undefined:
      return rows;
    case 'mangler':
      return rows.filter((r) => r.decision !== undefined && needsLetter(r.decision, r.letter));
    case 'ikke_sendt':
      return rows.filter((r) => r.letter.kind === 'made');
    case 'innstilt':
      return rows.filter((r) => !r.decision && r.application.status !== 'trukket' && recommended.has(r.application.id));
  }
}
