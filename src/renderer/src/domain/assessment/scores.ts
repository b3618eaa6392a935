// The arithmetic of assessment: an assessor's weighted score, the averages per criterion and the
// weighted total of an application. A conflicted assessor's scores are left out (forvaltningsloven § 6).
import type { AssessmentCriterion } from '../assessment';

export interface ScoresOfPerson {
  personId: string;
  scores: Readonly<Record<string, number>>;
}

/** Weighted mean of the given per-criterion values over the criteria that have one; null if none. */
export function weightedMean(
  criteria: readonly AssessmentCriterion[],
  values: Readonly<Record<string, number>>,
): number | null {
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    const v = values[c.id];
    if (v === undefined || c.weight <= 0) continue;
    sum += v * c.weight;
    weights += c.weight;
  }
  return weights > 0 ? sum / weights : null;
}

/** True when the person has scored every criterion the application is assessed on. */
export function isComplete(criteria: readonly AssessmentCriterion[], scores: Readonly<Record<string, number>>): boolean {
  return criteria.every((c) => scores[c.id] !== undefined);
}

export interface ScoreSummaryInput {
  /** The criteria this application is scored on (criteriaForApplication). */
  criteria: readonly AssessmentCriterion[];
  assessments: readonly ScoresOfPerson[];
  /** People with a conflict of interest for this application. */
  conflicted: ReadonlySet<string>;
  /** People expected to score the call, in display order. */
  expected: readonly string[];
}

export interface ScoreSummary {
  /** Weighted mean of the criterion averages; null when nobody (unconflicted) has scored. */
  weightedTotal: number | null;
  averageByCriterion: Record<string, number>;
  /** Unconflicted people who have scored every criterion. */
  done: string[];
  /** Expected, unconflicted people who have not scored every criterion. */
  missing: string[];
  /** Conflicted people whose earlier scores are left out. */
  excluded: string[];
}

export function summariseScores(input: ScoreSummaryInput): ScoreSummary {
  const counted = input.assessments.filter((a) => !input.conflicted.has(a.personId));
  const averageByCriterion: Record<string, number> = {};
  for (const c of input.criteria) {
    const values = counted.map((a) => a.scores[c.id]).filter((v): v is number => v !== undefined);
    if (values.length > 0) averageByCriterion[c.id] = values.reduce((s, v) => s + v, 0) / values.length;
  }
  // In the expected order (the call's assessors by name), anyone else after them.
  const rank = (id: string) => {
    const i = input.expected.indexOf(id);
    return i < 0 ? input.expected.length : i;
  };
  const done = counted
    .filter((a) => isComplete(input.criteria, a.scores))
    .map((a) => a.personId)
    .sort((a, b) => rank(a) - rank(b));
  const doneSet = new Set(done);
  return {
    weightedTotal: weightedMean(input.criteria, averageByCriterion),
    averageByCriterion,
    done,
    missing: input.expected.filter((p) => !doneSet.has(p) && !input.conflicted.has(p)),
    excluded: input.assessments
      .filter((a) => input.conflicted.has(a.personId) && Object.keys(a.scores).length > 0)
      .map((a) => a.personId),
  };
}

/** Why a score does not fit the call's scale; null when it does. */
export function scoreProblem(value: number, scale: { min: number; max: number }): string | null {
  if (!Number.isFinite(value)) return 'Poengsummen må være et tall';
  if (!Number.isInteger(value)) return `Poengsummen må være et helt tall fra ${scale.min} til ${scale.max}`;
  if (value < scale.min || value > scale.max) return `Poengsummen må være fra ${scale.min} til ${scale.max}`;
  return null;
}
