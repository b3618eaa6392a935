import { describe, expect, it } from 'vitest';
import type { Appeal } from '@renderer/domain/appeal';
import type { Report } from '@renderer/domain/report';
import { klageOf, rapportOf } from '@renderer/services/export/map-status';

const meta = { id: 'x', createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-01T00:00:00.000Z' };
const appeal = (over: Partial<Appeal>): Appeal => ({ ...meta, decisionId: 'd', receivedDate: '2020-04-10', withinDeadline: true, ...over });
const report = (over: Partial<Report>): Report => ({
  ...meta, decisionId: 'd', callId: 'c', dueDate: '2021-02-01', annualReportReceived: false, accountsReceived: false,
  auditRequired: false, auditedAccountsReceived: false, approved: false, unusedAmountStated: false, unusedAmountOre: 0, ...over,
});

describe('klageOf', () => {
  it.each<[Partial<Appeal>, string]>([
    [{}, 'under behandling'],
    [{ ownReview: 'opprettholdt' }, 'under behandling'],
    [{ ownReview: 'omgjort' }, 'omgjort'],
    [{ ownReview: 'opprettholdt', forwardedToImdiDate: '2020-05-01' }, 'oversendt IMDi'],
    [{ forwardedToImdiDate: '2020-05-01', imdiOutcome: 'opprettholdt' }, 'IMDi: stadfestet'],
    [{ forwardedToImdiDate: '2020-05-01', imdiOutcome: 'omgjort' }, 'IMDi: omgjort'],
    [{ forwardedToImdiDate: '2020-05-01', imdiOutcome: 'opphevet' }, 'IMDi: omgjort'],
    [{ withinDeadline: false }, 'under behandling'],
    [{ withinDeadline: false, lateConsidered: true, ownReview: 'opprettholdt' }, 'under behandling'],
    [{ withinDeadline: false, lateConsidered: false, lateReason: 'For sent uten grunn.' }, 'avvist'],
  ])('%o → %s', (over, expected) => {
    expect(klageOf([appeal(over)])).toBe(expected);
  });

  it('says nei without an appeal, and follows the latest of several', () => {
    expect(klageOf([])).toBe('nei');
    expect(
      klageOf([appeal({ receivedDate: '2020-06-01' }), appeal({ receivedDate: '2020-04-01', ownReview: 'omgjort' })]),
    ).toBe('under behandling');
  });
});

describe('rapportOf', () => {
  const today = '2021-03-01';
  it.each<[string, Report[], string]>([
    ['not granted', [], 'ikke aktuelt'],
    ['approved', [report({ approved: true })], 'godkjent'],
    ['received', [report({ receivedDate: '2021-01-20' })], 'mottatt'],
    ['overdue', [report({ dueDate: '2021-02-01' })], 'ikke mottatt'],
    ['not yet due', [report({ dueDate: '2021-06-01' })], 'ikke forfalt'],
    ['no report row, call due date passed', [], 'ikke mottatt'],
  ])('%s', (label, reports, expected) => {
    const outcome = label === 'not granted' ? 'avslatt' : 'innvilget';
    expect(rapportOf(outcome, reports, '2021-02-01', today)).toBe(expected);
  });
});
