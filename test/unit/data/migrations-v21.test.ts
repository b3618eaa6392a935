// v21 gives the application heads the target groups and the reception-centre answer (the IMDi
// export reads heads, not whole records): the upgrade derives every existing head again, and the
// mirror keeps the new fields in step with every write from then on.
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import type { Application } from '@renderer/domain/application';
import { updateApplication } from '@renderer/services/applications';
import { testContext } from '../services/test-context';
import { seedApplication } from '../services/applications.fixtures';
import { migrateFrom, storedApplication as application } from './migration-harness';


/** A head as v18 wrote it: without the fields v21 adds. */
function v18Head(a: Application) {
  return { id: a.id, callId: a.callId, organisationId: a.organisationId, title: a.title, kind: a.kind, subGoals: a.subGoals, amountAppliedOre: a.amountAppliedOre, status: a.status, receivedDate: a.receivedDate };
}

describe('migration v18 -> v21: application heads with target groups and reception centre', () => {
  it('derives every existing head again, with the new fields and nothing of the long parts', async () => {
    const apps = [
      application('a1', { targetGroups: ['arbeidsinnvandrere', 'mottak'], receptionCentre: true }),
      application('a2', { callId: 'c2', externalId: 'EXT-7' }),
    ];
    const db = await migrateFrom('mig18', 18, async (old) => {
      await old.table('applications').bulkPut(apps);
      await old.table('applicationHeads').bulkPut(apps.map(v18Head));
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.applicationHeads.orderBy('id').toArray()).toEqual([
      { ...v18Head(apps[0]!), targetGroups: ['arbeidsinnvandrere', 'mottak'], receptionCentre: true },
      { ...v18Head(apps[1]!), externalId: 'EXT-7', targetGroups: ['flyktninger'], receptionCentre: false },
    ]);
    expect(await db.applicationHeads.get('a1')).not.toHaveProperty('description');
    db.close();
  });

  it('keeps the new fields in step when an application is edited', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    await updateApplication(ctx, applicationId, { targetGroups: ['lokalbefolkning'], receptionCentre: true });
    expect(await ctx.db.applicationHeads.get(applicationId)).toMatchObject({ targetGroups: ['lokalbefolkning'], receptionCentre: true });
  });
});
