// Overrides, the list column's summary and the suggested outcome.
import { describe, expect, it } from 'vitest';
import type { ScreeningOverride, ScreeningRuleResult } from '@renderer/domain/screening';
import { effectiveResults } from '@renderer/domain/screening/effective';
import { formatMoney } from '@renderer/domain/vocabulary/format';
import { failedRules, screeningSummary, suggestedOutcome } from '@renderer/domain/screening/summary';
import { screenApplication } from '@renderer/domain/screening/screen-application';
import { application, input, organisation } from './fixtures';

const passed = (rule: ScreeningRuleResult['rule']): ScreeningRuleResult => ({
  rule,
  result: 'bestatt',
  reason: `ok (${rule})`,
});

const override = (patch: Partial<ScreeningOverride>): ScreeningOverride => ({
  rule: 'R2',
  result: 'bestatt',
  reason: 'Bekreftet i vedtektene',
  by: 'Kari',
  at: '2020-03-01T10:00:00.000Z',
  ...patch,
});

describe('effectiveResults', () => {
  const results: ScreeningRuleResult[] = [passed('R1'), { rule: 'R2', result: 'skjonn', reason: 'Bekreft (R2)' }];

  it('keeps automatic results where there is no override', () => {
    expect(effectiveResults(results, [])).toEqual([
      { ...passed('R1'), automatic: passed('R1') },
      { rule: 'R2', result: 'skjonn', reason: 'Bekreft (R2)', automatic: results[1] },
    ]);
  });

  it('lets an override replace result and reason, keeping the automatic one for display', () => {
    const o = override({});
    const [, r2] = effectiveResults(results, [o]);
    expect(r2).toEqual({
      rule: 'R2',
      result: 'bestatt',
      reason: 'Bekreftet i vedtektene',
      automatic: { rule: 'R2', result: 'skjonn', reason: 'Bekreft (R2)' },
      override: o,
    });
  });

  it('uses the latest override per rule, whatever the order they are stored in', () => {
    const later = override({ result: 'ikke_bestatt', reason: 'Kommunalt foretak', at: '2020-03-02T08:00:00.000Z' });
    const earlier = override({ at: '2020-03-01T08:00:00.000Z' });
    const [, r2] = effectiveResults(results, [later, earlier]);
    expect(r2?.result).toBe('ikke_bestatt');
    expect(r2?.reason).toBe('Kommunalt foretak');
  });
});

describe('screeningSummary and suggestedOutcome', () => {
  it('is ikke_bestatt when any rule failed, and suggests dismissal (avvist)', () => {
    const results = screenApplication(
      input({ organisation: organisation({ registeredInFrivillighetsregisteret: false }) }),
    );
    expect(screeningSummary(results)).toBe('ikke_bestatt');
    expect(failedRules(results)).toEqual(['R1']);
    expect(suggestedOutcome(results)).toBe('avvist');
  });

  it('is skjonn when nothing failed but something needs judgement, with no suggestion', () => {
    const results = screenApplication(input());
    expect(screeningSummary(results)).toBe('skjonn');
    expect(suggestedOutcome(results)).toBeUndefined();
  });

  it('is bestatt when everything passed, e.g. after the officer confirms R2', () => {
    const effective = effectiveResults(screenApplication(input()), [override({})]);
    expect(screeningSummary(effective)).toBe('bestatt');
  });

  it('follows an override that clears a failure', () => {
    const results = screenApplication(input({ application: application({ imdiSameActivity: true }) }));
    expect(screeningSummary(results)).toBe('ikke_bestatt');
    const effective = effectiveResults(results, [
      override({}),
      override({ rule: 'R7', reason: 'IMDi-støtten gjelder en annen aktivitet' }),
    ]);
    expect(screeningSummary(effective)).toBe('bestatt');
    expect(suggestedOutcome(effective)).toBeUndefined();
  });
});

describe('formatMoney', () => {
  it('writes whole kroner with no-break spaces, and øre only when present', () => {
    expect(formatMoney(1_000_000_00)).toBe('kr\u00a01\u00a0000\u00a0000');
    expect(formatMoney(999_900)).toBe('kr\u00a09\u00a0999');
    expect(formatMoney(50)).toBe('kr\u00a00,50');
  });
});
