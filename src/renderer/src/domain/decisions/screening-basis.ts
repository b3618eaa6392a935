// The screening as the letter states it (ScreeningBasis), from an application's stored screening.
import type { Screening } from '../screening';
import { effectiveResults } from '../screening/effective';
import type { ScreeningBasis } from './screening-basis-type';

export function screeningBasisOf(screening: Pick<Screening, 'results' | 'overrides'>): ScreeningBasis {
  const failed: ScreeningBasis['failed'] = [];
  const overridden: ScreeningBasis['overridden'] = [];
  let judgementOpen = false;
  for (const r of effectiveResults(screening.results, screening.overrides)) {
    if (r.override && r.automatic.result !== 'bestatt' && r.override.result === 'bestatt') {
      // Confirming a judgement is the officer's say on an open question, not an overridden failure.
      if (r.automatic.result === 'ikke_bestatt') {
        overridden.push({ rule: r.rule, reason: r.automatic.reason, overrideReason: r.override.reason });
      }
    } else if (r.result === 'ikke_bestatt') failed.push({ rule: r.rule, reason: r.reason });
    else if (r.result === 'skjonn') judgementOpen = true;
  }
  return { allMet: failed.length === 0 && overridden.length === 0 && !judgementOpen, failed, overridden };
}
