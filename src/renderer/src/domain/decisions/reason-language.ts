// A nynorsk letter needs its reasons in nynorsk: the decision's `justification` is the bokmål text,
// `justificationNn` the nynorsk one. A letter in a language without reasons must not be made.
import type { Decision } from '../decision';
import type { LetterLanguage } from '../settings';

/** True when the decision has reasons, but not in `language`. */
export function missingReasonLanguage(
  decision: Pick<Decision, 'justification' | 'justificationNn'>,
  language: LetterLanguage,
): boolean {
  const nb = decision.justification.trim();
  const nn = decision.justificationNn?.trim() ?? '';
  if (language === 'nn') return nb !== '' && nn === '';
  return nn !== '' && nb === '';
}
