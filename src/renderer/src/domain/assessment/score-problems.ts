// Checks one assessor's scores for one application against the call's criteria and scale; the
// program's form and the scoring-sheet reader give the same messages.
import type { AssessmentCriterion, ScoreScale } from '../assessment';
import { scoreProblem } from './scores';

export interface ScoreIssue {
  /** The criterion the problem is about; absent for the whole set. */
  criterionId?: string;
  message: string;
}

export function scoreIssues(
  criteria: readonly AssessmentCriterion[],
  scale: ScoreScale,
  scores: Readonly<Record<string, number>>,
): ScoreIssue[] {
  const issues: ScoreIssue[] = [];
  const known = new Set(criteria.map((c) => c.id));
  for (const id of Object.keys(scores)) {
    if (!known.has(id)) issues.push({ criterionId: id, message: `Kriteriet «${id}» gjelder ikke denne søknaden` });
  }
  const missing: string[] = [];
  for (const c of criteria) {
    const value = scores[c.id];
    if (value === undefined) {
      missing.push(c.label);
      continue;
    }
    const problem = scoreProblem(value, scale);
    if (problem) issues.push({ criterionId: c.id, message: `${c.label}: ${problem.toLocaleLowerCase('nb')}` });
  }
  if (missing.length > 0) issues.push({ message: `Gi poeng for alle kriteriene. Mangler: ${missing.join(', ')}` });
  return issues;
}
