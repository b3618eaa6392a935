import { describe, expect, it } from 'vitest';
import { defaultCallRules } from '@renderer/domain/call';
import { acceptanceDeadline, appealDeadline } from '@renderer/domain/decisions/deadlines';
import { isAuditRequired, reportDueDate } from '@renderer/domain/decisions/obligations';
import { sha256Hex } from '@renderer/domain/decisions/sha256';

const KR = 100;
const rules = defaultCallRules(2020);

describe('deadlines', () => {
  it('puts the appeal deadline the call\'s number of weeks after the sent date', () => {
    expect(appealDeadline('2020-03-16', rules.appealDeadlineWeeks)).toBe('2020-04-06');
    expect(appealDeadline('2020-12-20', 3)).toBe('2021-01-10');
    expect(appealDeadline('2020-02-10', 4)).toBe('2020-03-09');
  });

  it('gives three weeks to accept the conditions by default', () => {
    expect(acceptanceDeadline('2020-03-16')).toBe('2020-04-06');
    expect(acceptanceDeadline('2020-03-16', 2)).toBe('2020-03-30');
  });
});

describe('obligations (R12)', () => {
  it('requires audited accounts at 100 000 kr or more, not below', () => {
    expect(isAuditRequired(100_000 * KR, rules)).toBe(true);
    expect(isAuditRequired(100_000 * KR - 1, rules)).toBe(false);
    expect(isAuditRequired(0, { auditThresholdOre: 0 })).toBe(false);
  });

  it('takes the report due date from the call', () => {
    expect(reportDueDate(rules)).toBe('2021-02-01');
  });
});

describe('sha256Hex', () => {
  it('hashes bytes with WebCrypto', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
