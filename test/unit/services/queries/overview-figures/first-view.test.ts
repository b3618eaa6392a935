// Oversikt's start-up read: every call for the chooser and the counts of the call the page opens on,
// the same counts as the page reads when the officer picks that call.
import { describe, expect, it } from 'vitest';
import { createCall } from '@renderer/services/calls';
import { readOverviewFirstView, readOverviewStart } from '@renderer/services/queries/overview-figures/first-view';
import { countApplicationsByStatus } from '@renderer/services/queries/overview-figures/status-counts';
import { countScreeningResults } from '@renderer/services/queries/overview-figures/screening-counts';
import { callInput } from '../../applications.fixtures';
import { seedYears } from './seed';

describe('readOverviewStart', () => {
  it('reads the calls newest first and the counts of the call in progress, withdrawn and unscreened as the counts alone give them', async () => {
    const { ctx, db, callId, oldCallId, ids } = await seedYears();
    // A newer draft is listed first but is not the call in progress.
    const draft = await createCall(ctx, callInput({ year: 2021, title: 'Tilskudd 2021', deadline: '2021-02-05' }));
    await db.screeningSummaries.delete(ids.a5);

    const start = await readOverviewStart(db);

    expect(start.calls.map((c) => c.id)).toEqual([draft.id, callId, oldCallId]);
    expect(start.view.callId).toBe(callId);
    expect(start.view.counts?.status).toEqual(await countApplicationsByStatus(db, callId));
    expect(start.view.counts?.screening).toEqual(await countScreeningResults(db, callId));
    // a1, a2, a3 and a5 (not screened); the withdrawn a4 is left out.
    expect(start.view.counts?.screening.ikke_vurdert).toBe(1);
    expect(Object.values(start.view.counts!.screening).reduce((a, b) => a + b, 0)).toBe(4);
    expect(start.view).toEqual(await readOverviewFirstView(db, callId, start.calls));
  });

  it('opens on the newest call that is neither a draft nor archived', async () => {
    const { db, callId, oldCallId } = await seedYears();
    // As stored: how the call came to be archived does not matter here.
    await db.calls.update(callId, { status: 'arkivert' });
    expect((await readOverviewStart(db)).view.callId).toBe(oldCallId);
  });

  it('has calls but no counts in an empty database', async () => {
    const { db } = await seedYears();
    await db.calls.clear();
    expect(await readOverviewStart(db)).toEqual({ calls: [], view: { calls: [], callId: undefined, counts: undefined } });
  });
});
