// A rule may find several things (R5: amount and count; R6: place and budget); the worst decides.
import type { ScreeningOutcome, ScreeningRuleId, ScreeningRuleResult } from '../screening';

export interface Finding {
  result: ScreeningOutcome;
  /** One Norwegian sentence without the rule id or a closing full stop. */
  text: string;
}

const SEVERITY: Record<ScreeningOutcome, number> = { bestatt: 0, skjonn: 1, ikke_bestatt: 2 };

/** ikke_bestatt over skjonn over bestatt; an empty list has passed. */
export function worstOutcome(outcomes: Iterable<ScreeningOutcome>): ScreeningOutcome {
  let worst: ScreeningOutcome = 'bestatt';
  for (const outcome of outcomes) if (SEVERITY[outcome] > SEVERITY[worst]) worst = outcome;
  return worst;
}

/** One result for `rule`: the worst finding's outcome, the reasons worst first, the rule id last. */
export function ruleResult(rule: ScreeningRuleId, findings: readonly Finding[]): ScreeningRuleResult {
  const ordered = [...findings].sort((a, b) => SEVERITY[b.result] - SEVERITY[a.result]);
  return {
    rule,
    result: worstOutcome(findings.map((f) => f.result)),
    reason: `${ordered.map((f) => f.text).join('. ')} (${rule})`,
  };
}
