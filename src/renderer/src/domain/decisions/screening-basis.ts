// What the formal screening (R1–R8) lets a decision and its letter say. A letter may state that
// the requirements are met only when every rule passed on its own; a rule the officer overrode is
// stated as the officer's assessment, with the written reason. Pure, for the decision service,
// the decision page and the letter builders alike.
import type { Screening, ScreeningRuleId } from '../screening';
import { effectiveResults } from '../screening/effective';
import type { ScreeningBasis as LetterScreeningBasis } from './screening-basis-type';

export interface ScreeningBasisRule {
  rule: ScreeningRuleId;
  /** The rule's reason as the screening found it. */
  reason: string;
}

export interface OverriddenRule extends ScreeningBasisRule {
  /** The officer's written reason for setting the rule aside. */
  overrideReason: string;
}

export interface ScreeningBasis {
  /** True only when the application was screened and every rule passed without any override. */
  allMet: boolean;
  /** Rules that end as «Ikke bestått» (automatically, or set so by the officer). */
  failed: ScreeningBasisRule[];
  /** Rules that failed automatically but that the officer set aside with a written reason. */
  overridden: OverriddenRule[];
  /** Rules that still need the officer's judgement («Skjønn»). */
  unresolved: ScreeningBasisRule[];
  /** Rules that needed judgement and the officer decided them, with the written reason. */
  judged: OverriddenRule[];
  /** False when the application has never been screened. */
  screened: boolean;
}

export function screeningBasis(screening: Pick<Screening, 'results' | 'overrides'> | undefined): ScreeningBasis {
  const basis: ScreeningBasis = { allMet: false, failed: [], overridden: [], unresolved: [], judged: [], screened: Boolean(screening) };
  if (!screening) return basis;
  for (const r of effectiveResults(screening.results, screening.overrides)) {
    if (r.result === 'ikke_bestatt') {
      basis.failed.push({ rule: r.rule, reason: r.reason });
    } else if (r.override && r.automatic.result === 'ikke_bestatt') {
      basis.overridden.push({ rule: r.rule, reason: r.automatic.reason, overrideReason: r.override.reason });
    } else if (r.result === 'skjonn') {
      basis.unresolved.push({ rule: r.rule, reason: r.reason });
    } else if (r.override && r.automatic.result === 'skjonn') {
      basis.judged.push({ rule: r.rule, reason: r.automatic.reason, overrideReason: r.override.reason });
    }
  }
  basis.allMet =
    basis.failed.length === 0 && basis.overridden.length === 0 && basis.unresolved.length === 0 && basis.judged.length === 0;
  return basis;
}

/**
 * The screening as a decision letter states it (screening-basis-type.ts): the requirements are met
 * when no rule failed, none was overridden and none still waits for judgement; a judgement the
 * officer made (e.g. R2 confirmed) counts as met.
 */
export function screeningBasisOf(screening: Pick<Screening, 'results' | 'overrides'>): LetterScreeningBasis {
  const basis = screeningBasis(screening);
  return {
    allMet: basis.failed.length === 0 && basis.overridden.length === 0 && basis.unresolved.length === 0,
    failed: basis.failed,
    overridden: basis.overridden,
  };
}
