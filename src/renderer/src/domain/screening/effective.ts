// What counts after the officer's say: the latest override of a rule replaces its automatic
// result, which is kept alongside for display ("automatisk: ikke bestått").
import type {
  ScreeningOverride,
  ScreeningRuleId,
  ScreeningRuleResult,
} from '../screening';

export interface EffectiveRuleResult extends ScreeningRuleResult {
  /** What the rules found on their own. */
  automatic: ScreeningRuleResult;
  /** The override in force, if any; `result` and `reason` are then taken from it. */
  override?: ScreeningOverride;
}

/** Latest by `at`; equal times → the one added last. */
function latestOverrides(overrides: readonly ScreeningOverride[]): Map<ScreeningRuleId, ScreeningOverride> {
  const latest = new Map<ScreeningRuleId, ScreeningOverride>();
  for (const override of overrides) {
    const current = latest.get(override.rule);
    if (!current || override.at >= current.at) latest.set(override.rule, override);
  }
  return latest;
}

export function effectiveResults(
  results: readonly ScreeningRuleResult[],
  overrides: readonly ScreeningOverride[],
): EffectiveRuleResult[] {
  const latest = latestOverrides(overrides);
  return results.map((automatic) => {
    const override = latest.get(automatic.rule);
    if (!override) return { ...automatic, automatic };
    return { rule: automatic.rule, result: override.result, reason: override.reason, automatic, override };
  });
}
