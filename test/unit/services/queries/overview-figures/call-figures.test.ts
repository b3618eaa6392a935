// The call's money and counts: the same budget as the call page, proposals not yet decided, kinds and groups.
import { describe, expect, it } from 'vitest';
import { getCallBudget } from '@renderer/services/call-budget';
import { getCallFigures } from '@renderer/services/queries/overview-figures/call-figures';
import { EntityNotFoundError } from '@renderer/services/errors';
import { KR } from '../../applications.fixtures';
import { seedYears } from './seed';

describe('getCallFigures', () => {
  it('shows the frame as the call page does: the changed decision counts, the lapsed grant does not', async () => {
    const { db, callId } = await seedYears();
    const figures = await getCallFigures(db, callId);
    expect(figures.budget).toEqual(await getCallBudget(db, callId));
    expect(figures.budget.total).toMatchObject({ frameOre: 2_000_000 * KR, grantedOre: 80_000 * KR, leftOre: 1_920_000 * KR, appliedOre: 360_000 * KR, applicationCount: 4 });
    expect(figures.budget.bySubGoal.C).toMatchObject({ frameOre: 500_000 * KR, grantedOre: 50_000 * KR, leftOre: 450_000 * KR });
  });

  it('counts as proposed the committee’s recommendation over the officer’s, only for undecided, not withdrawn applications', async () => {
    const { db, callId } = await seedYears();
    const { proposed } = await getCallFigures(db, callId);
    expect(proposed).toEqual({ totalOre: 120_000 * KR, bySubGoal: { A: 0, B: 0, C: 120_000 * KR }, applicationCount: 1 });
  });

  it('counts applications per kind and per target group named, withdrawn left out', async () => {
    const { db, callId } = await seedYears();
    const { counts } = await getCallFigures(db, callId);
    expect(counts.byKind).toEqual({ prosjekt: 1, enkelttiltak: 2, aktivitet: 1, drift: 0 });
    expect(counts.byTargetGroup).toEqual({ flyktninger: 3, arbeidsinnvandrere: 1, familieinnvandrere: 0, mottak: 1, lokalbefolkning: 1 });
  });

  it('returns money paid back to the frame', async () => {
    const { db, oldCallId } = await seedYears();
    const { budget } = await getCallFigures(db, oldCallId);
    expect(budget.total).toMatchObject({ grantedOre: 30_000 * KR, repaidOre: 5_000 * KR, leftOre: (2_000_000 - 30_000 + 5_000) * KR });
  });

  it('refuses an unknown call', async () => {
    const { db } = await seedYears();
    await expect(getCallFigures(db, 'nope')).rejects.toBeInstanceOf(EntityNotFoundError);
  });
});
