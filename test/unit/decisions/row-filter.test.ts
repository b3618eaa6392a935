// The decisions list narrowed as Oversikt's counts link to it (?vis=…).
import { describe, expect, it } from 'vitest';
import type { Application } from '@renderer/domain/application';
import type { Decision } from '@renderer/domain/decision';
import type { LetterStatus } from '@renderer/domain/decisions/letter-status';
import { filterDecisionRows, rowFilterOf } from '@renderer/features/decisions/list/row-filter';
import type { DecisionRow } from '@renderer/features/decisions/list/use-decision-rows';

const head = { id: 'l', decisionId: 'd', createdAt: '2023-03-01T08:00:00.000Z', language: 'nb', sha256: 'a'.repeat(64), kind: 'innvilgelse' } as const;

function row(id: string, status: Application['status'], decision: Partial<Decision> | undefined, letter: LetterStatus): DecisionRow {
  return {
    application: { id, title: id, status } as Application,
    organisationName: 'Bergen Røde Kors',
    orgnr: '864139442',
    email: '',
    screening: 'bestatt',
    decision: decision ? ({ id: `d-${id}`, ...decision } as Decision) : undefined,
    letter,
  };
}

const rows = [
  row('undecided', 'vurdert', undefined, { kind: 'none' }),
  row('withdrawn', 'trukket', undefined, { kind: 'none' }),
  row('no-letter', 'vedtatt', {}, { kind: 'none' }),
  row('outdated', 'vedtatt', {}, { kind: 'outdated', letter: head }),
  row('made', 'vedtatt', {}, { kind: 'made', letter: head }),
  row('sent', 'vedtatt', { lockedAt: '2023-03-01T09:00:00.000Z' }, { kind: 'sent', letter: head, sentDate: '2023-03-01' }),
];
const ids = (filter: string | null, recommended: string[] = []) =>
  filterDecisionRows(rows, rowFilterOf(filter), new Set(recommended)).map((r) => r.application.id);

describe('filterDecisionRows', () => {
  it('shows every row without a filter, or with one it does not know', () => {
    expect(ids(null)).toHaveLength(6);
    expect(ids('noe-annet')).toHaveLength(6);
  });

  it('narrows to decisions needing a letter, letters not marked sent, or recommended cases without a decision', () => {
    expect(ids('mangler')).toEqual(['no-letter', 'outdated']);
    expect(ids('ikke_sendt')).toEqual(['made']);
    expect(ids('innstilt', ['undecided', 'withdrawn', 'made'])).toEqual(['undecided']);
  });
});
