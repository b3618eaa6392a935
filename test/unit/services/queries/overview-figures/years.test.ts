// Applied, granted, paid and repaid per year, for the municipality and for one organisation.
import { describe, expect, it } from 'vitest';
import { getMunicipalityYears, getOrganisationYears } from '@renderer/services/queries/overview-figures/years';
import { KR } from '../../applications.fixtures';
import { seedYears } from './seed';

const y2019 = { year: 2019, applicationCount: 1, appliedOre: 30_000 * KR, grantedOre: 30_000 * KR, paidOre: 30_000 * KR, repaidOre: 5_000 * KR };

describe('year figures', () => {
  it('sums the municipality’s years from the records: withdrawn, superseded, lapsed and unpaid money left out', async () => {
    const { db } = await seedYears();
    expect(await getMunicipalityYears(db)).toEqual([
      y2019,
      { year: 2020, applicationCount: 4, appliedOre: 360_000 * KR, grantedOre: 80_000 * KR, paidOre: 50_000 * KR, repaidOre: 0 },
    ]);
  });

  it('sums one organisation’s years, which add up with the others to the municipality’s', async () => {
    const { db, roedId, otherId } = await seedYears();
    const roed = await getOrganisationYears(db, roedId);
    const other = await getOrganisationYears(db, otherId);
    expect(roed).toEqual([y2019, { year: 2020, applicationCount: 1, appliedOre: 100_000 * KR, grantedOre: 80_000 * KR, paidOre: 50_000 * KR, repaidOre: 0 }]);
    expect(other).toEqual([{ year: 2020, applicationCount: 3, appliedOre: 260_000 * KR, grantedOre: 0, paidOre: 0, repaidOre: 0 }]);
    const all = await getMunicipalityYears(db);
    expect(all[1]!.appliedOre).toBe(roed[1]!.appliedOre + other[0]!.appliedOre);
  });

  it('is empty for an organisation without applications and for an empty database', async () => {
    const { db } = await seedYears();
    expect(await getOrganisationYears(db, 'nobody')).toEqual([]);
    await db.applications.clear();
    expect(await getMunicipalityYears(db)).toEqual([]);
  });
});
