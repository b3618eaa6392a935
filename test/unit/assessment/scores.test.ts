// The arithmetic the ranking rests on: averages per criterion, weighted totals, and a conflicted
// assessor's scores left out.
import { describe, expect, it } from 'vitest';
import type { AssessmentCriterion } from '@renderer/domain/assessment';
import {
  DEFAULT_CRITERIA,
  criteriaForApplication,
  defaultAssessmentSetup,
  expectedAssessorIds,
} from '@renderer/domain/assessment/default-criteria';
import { isComplete, scoreProblem, summariseScores, weightedMean } from '@renderer/domain/assessment/scores';
import { scoreIssues } from '@renderer/domain/assessment/score-problems';
import { matchingBoardMembers } from '@renderer/domain/person';

const crit = (id: string, weight = 1): AssessmentCriterion => ({ id, label: id.toUpperCase(), weight, appliesTo: 'alle' });
const criteria = [crit('a', 2), crit('b', 1), crit('c', 1)];

describe('default criteria', () => {
  it('are R9’s ten for every application and R8’s three only for reception-centre measures', () => {
    const setup = defaultAssessmentSetup();
    expect(criteriaForApplication(setup, { receptionCentre: false }).map((c) => c.id)).toEqual([
      'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9', 'k10',
    ]);
    expect(criteriaForApplication(setup, { receptionCentre: true })).toHaveLength(13);
    expect(DEFAULT_CRITERIA.every((c) => c.weight === 1)).toBe(true);
    expect(setup.scale).toMatchObject({ min: 1, max: 6 });
    expect(setup.showOthersBeforeScoring).toBe(false);
  });

  it('expect every active person unless the call names its assessors', () => {
    const people = [{ id: 'p1', active: true }, { id: 'p2', active: false }, { id: 'p3', active: true }];
    const setup = defaultAssessmentSetup();
    expect(expectedAssessorIds(setup, people)).toEqual(['p1', 'p3']);
    expect(expectedAssessorIds({ ...setup, assessorIds: ['p3', 'p2'] }, people)).toEqual(['p3']);
  });
});

describe('weighted mean', () => {
  it('weighs each criterion and skips unscored ones and weight 0', () => {
    expect(weightedMean(criteria, { a: 6, b: 3, c: 3 })).toBe((12 + 3 + 3) / 4);
    expect(weightedMean(criteria, { a: 6, b: 2 })).toBe((12 + 2) / 3);
    expect(weightedMean([crit('a', 0), crit('b')], { a: 1, b: 5 })).toBe(5);
    expect(weightedMean(criteria, {})).toBeNull();
  });
});

describe('summariseScores', () => {
  it('averages per criterion and weighs the averages', () => {
    const s = summariseScores({
      criteria,
      assessments: [
        { personId: 'p1', scores: { a: 6, b: 4, c: 2 } },
        { personId: 'p2', scores: { a: 4, b: 2, c: 2 } },
      ],
      conflicted: new Set(),
      expected: ['p1', 'p2', 'p3'],
    });
    expect(s.averageByCriterion).toEqual({ a: 5, b: 3, c: 2 });
    expect(s.weightedTotal).toBe((5 * 2 + 3 + 2) / 4);
    expect(s.done).toEqual(['p1', 'p2']);
    expect(s.missing).toEqual(['p3']);
    expect(s.excluded).toEqual([]);
  });

  it('leaves a conflicted assessor’s earlier scores out and does not count them as missing', () => {
    const s = summariseScores({
      criteria,
      assessments: [
        { personId: 'p1', scores: { a: 6, b: 6, c: 6 } },
        { personId: 'p2', scores: { a: 1, b: 1, c: 1 } },
      ],
      conflicted: new Set(['p2', 'p3']),
      expected: ['p1', 'p2', 'p3'],
    });
    expect(s.averageByCriterion).toEqual({ a: 6, b: 6, c: 6 });
    expect(s.weightedTotal).toBe(6);
    expect(s.done).toEqual(['p1']);
    expect(s.missing).toEqual([]);
    expect(s.excluded).toEqual(['p2']);
  });

  it('is null when nobody unconflicted has scored, and an unfinished assessor is still missing', () => {
    const none = summariseScores({ criteria, assessments: [{ personId: 'p2', scores: { a: 3 } }], conflicted: new Set(['p2']), expected: ['p1'] });
    expect(none.weightedTotal).toBeNull();
    expect(none.averageByCriterion).toEqual({});
    const partial = summariseScores({ criteria, assessments: [{ personId: 'p1', scores: { a: 3 } }], conflicted: new Set(), expected: ['p1'] });
    expect(partial.weightedTotal).toBe(3);
    expect(partial.done).toEqual([]);
    expect(partial.missing).toEqual(['p1']);
    expect(isComplete(criteria, { a: 1, b: 1, c: 1 })).toBe(true);
  });
});

describe('score checks', () => {
  const scale = { min: 1, max: 6, minLabel: 'Svak', maxLabel: 'God' };
  it('name the criterion and the scale', () => {
    expect(scoreProblem(7, scale)).toBe('Poengsummen må være fra 1 til 6');
    expect(scoreProblem(2.5, scale)).toBe('Poengsummen må være et helt tall fra 1 til 6');
    expect(scoreIssues(criteria, scale, { a: 0, b: 3, x: 2 })).toEqual([
      { criterionId: 'x', message: 'Kriteriet «x» gjelder ikke denne søknaden' },
      { criterionId: 'a', message: 'A: poengsummen må være fra 1 til 6' },
      { message: 'Gi poeng for alle kriteriene. Mangler: C' },
    ]);
    expect(scoreIssues(criteria, scale, { a: 1, b: 6, c: 4 })).toEqual([]);
  });
});

describe('board member names', () => {
  it('match regardless of case, spacing and accents (a warning errs on the side of showing)', () => {
    expect(matchingBoardMembers('  Åse  Hansen', ['åse hansen', 'Ole Olsen'])).toEqual(['åse hansen']);
    expect(matchingBoardMembers('Rene Berg', ['René Berg'])).toEqual(['René Berg']);
    expect(matchingBoardMembers('Åse Hansen', ['Ase Hansen'])).toEqual(['Ase Hansen']);
    expect(matchingBoardMembers('Åse Hansen', ['Åse Hanssen', 'Hansen Åse'])).toEqual([]);
  });
});
