// R12: the audit requirement at the threshold, and where a report stands around its due date.
import { describe, expect, it } from 'vitest';
import { defaultCallRules } from '@renderer/domain/call';
import { isAuditRequired } from '@renderer/domain/decisions/obligations';
import { approvalProblems, reportStatus } from '@renderer/domain/reports/report-status';

const rules = defaultCallRules(2020);

describe('audit requirement (R12, at the threshold, not above)', () => {
  it('is required at exactly 100 000 kr and not one krone below', () => {
    expect(rules.auditThresholdOre).toBe(100_000_00);
    expect(isAuditRequired(100_000_00, rules)).toBe(true);
    expect(isAuditRequired(99_999_00, rules)).toBe(false);
  });

  it('follows the call setting', () => {
    expect(isAuditRequired(60_000_00, { auditThresholdOre: 50_000_00 })).toBe(true);
  });
});

describe('report status around the due date (1 February)', () => {
  const due = '2021-02-01';
  it.each([
    ['2020-12-31', 'ikke_forfalt'],
    ['2021-01-01', 'ikke_forfalt'], // 31 days before
    ['2021-01-02', 'forfaller_snart'], // 30 days before
    ['2021-02-01', 'forfaller_snart'], // the due day itself is in time
    ['2021-02-02', 'forfalt'],
  ])('on %s it is %s', (today, expected) => {
    expect(reportStatus(undefined, due, today)).toBe(expected);
  });

  it('is received or approved whatever the date', () => {
    expect(reportStatus({ approved: false, receivedDate: '2021-03-01' }, due, '2021-04-01')).toBe('mottatt');
    expect(reportStatus({ approved: true, receivedDate: '2021-01-20' }, due, '2021-04-01')).toBe('godkjent');
  });
});

describe('approval checklist', () => {
  const complete = {
    receivedDate: '2021-01-20', annualReportReceived: true, accountsReceived: true, auditRequired: true,
    auditedAccountsReceived: true, unusedAmountStated: true,
  };
  it('is complete when everything, audit included, has come', () => {
    expect(approvalProblems(complete)).toEqual([]);
  });
  it('names what is missing; the audit only when required', () => {
    expect(approvalProblems({ ...complete, auditedAccountsReceived: false, unusedAmountStated: false })).toEqual([
      'revidert regnskap eller revisorberetning',
      'ubrukt beløp',
    ]);
    expect(approvalProblems({ ...complete, auditRequired: false, auditedAccountsReceived: false })).toEqual([]);
  });
});
