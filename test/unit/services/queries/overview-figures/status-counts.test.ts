// Applications by status, counted from the index: the counts match the stored rows.
import { describe, expect, it } from 'vitest';
import { countApplicationsByStatus } from '@renderer/services/queries/overview-figures/status-counts';
import { changeApplicationStatus } from '@renderer/services/applications';
import { seedYears } from './seed';

describe('countApplicationsByStatus', () => {
  it('counts each status of the call only', async () => {
    const { ctx, db, callId, oldCallId, ids } = await seedYears();
    await changeApplicationStatus(ctx, ids.a5, 'under_behandling');

    expect(await countApplicationsByStatus(db, callId)).toEqual({
      mottatt: 3, under_behandling: 1, vurdert: 0, vedtatt: 0, avsluttet: 0, trukket: 1,
    });
    expect((await countApplicationsByStatus(db, oldCallId)).mottatt).toBe(1);
    const stored = await db.applications.where('callId').equals(callId).toArray();
    const counts = await countApplicationsByStatus(db, callId);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(stored.length);
  });

  it('gives zeros for a call without applications', async () => {
    const { db } = await seedYears();
    expect(Object.values(await countApplicationsByStatus(db, 'no-such-call'))).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
