// A grant never contradicts the screening: an application with a rule «Ikke bestått» (and no
// override with a written reason) cannot be granted, fully or partly. A dismissal (avvist) names
// the formal requirement that is not met, so its justification starts from the failed rules.
import type { DecisionOutcome } from '../decision';
import { joinNorwegian } from '../vocabulary/format';
import type { ScreeningBasis, ScreeningBasisRule } from './screening-basis';
import { isGrantOutcome } from './letter-kind';

/** The rule's reason without its closing "(Rn)", for use inside a sentence. */
function bareReason(rule: ScreeningBasisRule): string {
  return rule.reason.replace(/\s*\(R\d\)\s*$/, '').trim();
}

/** Why `outcome` is refused by the screening, or null when it is allowed. */
export function screeningGateProblem(
  outcome: DecisionOutcome,
  basis: Pick<ScreeningBasis, 'failed'>,
  title?: string,
): string | null {
  if (!isGrantOutcome(outcome) || basis.failed.length === 0) return null;
  const rules = joinNorwegian(basis.failed.map((r) => r.rule));
  const reasons = basis.failed.map((r) => `${r.rule}: ${bareReason(r)}`).join('; ');
  const subject = title ? `Søknaden «${title}»` : 'Søknaden';
  return (
    `${subject} kan ikke innvilges fordi den ikke har bestått den formelle vurderingen (${reasons}). ` +
    `Overstyr ${basis.failed.length === 1 ? 'regelen' : 'reglene'} ${rules} med en skriftlig begrunnelse først, eller avvis søknaden.`
  );
}

/** A dismissal's justification proposed from the failed rules; empty when no rule failed. */
export function proposedDismissalJustification(basis: Pick<ScreeningBasis, 'failed'>): string {
  if (basis.failed.length === 0) return '';
  const lines = basis.failed.map((r) => `${bareReason(r)} (${r.rule}).`);
  const lead =
    basis.failed.length === 1
      ? 'Søknaden avvises fordi dette formelle kravet i regelverket ikke er oppfylt:'
      : 'Søknaden avvises fordi disse formelle kravene i regelverket ikke er oppfylt:';
  return [lead, ...lines].join('\n');
}
