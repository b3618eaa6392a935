// Applications by screening result: failed R1, not screened, and the rest as stored; withdrawn left out.
import { describe, expect, it } from 'vitest';
import { countScreeningResults } from '@renderer/services/queries/overview-figures/screening-counts';
import { createApplication } from '@renderer/services/applications';
import { createOrganisation } from '@renderer/services/organisations';
import { ORGNR, applicationInput, organisationInput } from '../../applications.fixtures';
import { seedYears } from './seed';

describe('countScreeningResults', () => {
  it('counts the call’s screening summaries, an application without one as not screened', async () => {
    const { ctx, db, callId, ids } = await seedYears();
    const unregistered = await createOrganisation(ctx, organisationInput({ orgnr: ORGNR[1], name: 'Uregistrert lag', registeredInFrivillighetsregisteret: false }));
    const failing = await createApplication(ctx, applicationInput(callId, unregistered.id));
    await db.screeningSummaries.delete(ids.a5);

    const counts = await countScreeningResults(db, callId);

    expect(counts.ikke_vurdert).toBe(1);
    expect(counts.ikke_bestatt).toBeGreaterThanOrEqual(1);
    expect((await db.screeningSummaries.get(failing.id))?.summary).toBe('ikke_bestatt');
    // a1, a2, a3, a5 and the failing one; the withdrawn a4 is not counted.
    expect(counts.bestatt + counts.skjonn + counts.ikke_bestatt + counts.ikke_vurdert).toBe(5);
    const stored = await db.screeningSummaries.bulkGet([ids.a1, ids.a2, ids.a3, failing.id]);
    for (const outcome of ['bestatt', 'skjonn', 'ikke_bestatt'] as const) {
      expect(counts[outcome]).toBe(stored.filter((s) => s?.summary === outcome).length);
    }
  });
});
