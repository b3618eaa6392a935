// One word per application for the list column, and what the screening suggests deciding.
import type { ScreeningOutcome, ScreeningRuleId, ScreeningRuleResult } from '../screening';
import { worstOutcome } from './findings';

/** 'ikke_bestatt' if any rule failed, else 'skjonn' if any needs judgement, else 'bestatt'. */
export function screeningSummary(effective: readonly ScreeningRuleResult[]): ScreeningOutcome {
  return worstOutcome(effective.map((r) => r.result));
}

export function failedRules(effective: readonly ScreeningRuleResult[]): ScreeningRuleId[] {
  return effective.filter((r) => r.result === 'ikke_bestatt').map((r) => r.rule);
}

/**
 * 'avvist' (dismissed: the formal rules are not met) when any rule failed after overrides — R1
 * names dismissal outright, and the other rules are formal requirements too. Otherwise nothing:
 * the application goes on to assessment.
 */
export function suggestedOutcome(effective: readonly ScreeningRuleResult[]): 'avvist' | undefined {
  return failedRules(effective).length > 0 ? 'avvist' : undefined;
}
