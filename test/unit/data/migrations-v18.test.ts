// v18 keeps each application's head (the fields the lists show, no description or budget lines) in
// a slim table: filled by the upgrade from the existing applications, kept in step with every
// write of `applications` in the same transaction (created, edited, status changed, deleted,
// restored), whichever service writes it, and derived again by the lists' readers when rows were
// written past the program.
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '@renderer/data/schema';
import { openDatabase } from '@renderer/data/db';
import { ensureHeadsInStep } from '@renderer/data/application-heads';
import { applicationHeadOf } from '@renderer/domain/application-head';
import type { Application } from '@renderer/domain/application';
import { changeApplicationStatus, updateApplication } from '@renderer/services/applications';
import { deleteEntity } from '@renderer/services/entity-writer';
import { createBackup, inspectBackup, restoreBackup } from '@renderer/services/backup';
import { loadApplicationListRows, loadFirstApplicationRows } from '@renderer/services/queries/application-list';
import { loadDecisionRows } from '@renderer/features/decisions/list/load-decision-rows';
import { testContext } from '../services/test-context';
import { applicationInput, seedApplication, seedCallAndOrganisation } from '../services/applications.fixtures';
import { createApplication } from '@renderer/services/applications';
import { migrateFrom, openAtVersion, storedApplication as application } from './migration-harness';

const PREVIOUS = Math.max(...SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v < 18));

/** Every head, in key order, and what the applications say they should be. */
async function headsAndExpected(ctx: ReturnType<typeof testContext>) {
  const heads = await ctx.db.applicationHeads.orderBy('id').toArray();
  const expected = (await ctx.db.applications.orderBy('id').toArray()).map(applicationHeadOf);
  return { heads, expected };
}

describe(`migration v${PREVIOUS} -> v18: application heads`, () => {
  it('gives every existing application its head, without the long parts, readable by call and by date', async () => {
    const db = await migrateFrom('mig15', PREVIOUS, async (old) => {
      await old.table('applications').bulkPut([
        application('a1'),
        application('a2', { callId: 'c2', externalId: 'EXT-7', subGoals: ['B', 'C'], receivedDate: '2020-01-22', status: 'vedtatt' }),
        application('a3', { receivedDate: '2020-01-21' }),
      ]);
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.applicationHeads.orderBy('id').toArray()).toEqual([
      // targetGroups and receptionCentre since v21.
      { id: 'a1', callId: 'c1', organisationId: 'o1', title: 'Tiltak a1', kind: 'enkelttiltak', subGoals: ['A'], amountAppliedOre: 4_000_000, receivedDate: '2020-01-20', status: 'mottatt', targetGroups: ['flyktninger'], receptionCentre: false },
      { id: 'a2', callId: 'c2', organisationId: 'o1', title: 'Tiltak a2', kind: 'enkelttiltak', subGoals: ['B', 'C'], amountAppliedOre: 4_000_000, receivedDate: '2020-01-22', status: 'vedtatt', externalId: 'EXT-7', targetGroups: ['flyktninger'], receptionCentre: false },
      { id: 'a3', callId: 'c1', organisationId: 'o1', title: 'Tiltak a3', kind: 'enkelttiltak', subGoals: ['A'], amountAppliedOre: 4_000_000, receivedDate: '2020-01-21', status: 'mottatt', targetGroups: ['flyktninger'], receptionCentre: false },
    ]);
    expect((await db.applicationHeads.where('callId').equals('c1').primaryKeys()).sort()).toEqual(['a1', 'a3']);
    expect(await db.applicationHeads.orderBy('receivedDate').reverse().primaryKeys()).toEqual(['a2', 'a3', 'a1']);
    db.close();
  });

  it('fills the heads of more applications than one page of the upgrade reads', async () => {
    const many = Array.from({ length: 5_003 }, (_, i) => application(`a${String(i).padStart(5, '0')}`, { description: '' }));
    const db = await migrateFrom('mig15-many', PREVIOUS, (old) => old.table('applications').bulkPut(many));
    expect(await db.applicationHeads.count()).toBe(5_003);
    expect(await db.applicationHeads.get('a05002')).toEqual(applicationHeadOf(many[5_002]!));
    db.close();
  }, 60_000);
});

describe('application heads after v18', () => {
  it('follow an application created, edited and given a new status, in the same writes', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx, { title: 'Språkkafé' });
    expect(await ctx.db.applicationHeads.get(applicationId)).toMatchObject({ title: 'Språkkafé', status: 'mottatt' });
    expect(await ctx.db.applicationHeads.get(applicationId)).not.toHaveProperty('description');

    await updateApplication(ctx, applicationId, { title: 'Språkkafé for kvinner', amountAppliedOre: 55_000_00 });
    await changeApplicationStatus(ctx, applicationId, 'trukket');
    const { heads, expected } = await headsAndExpected(ctx);
    expect(heads).toEqual(expected);
    expect(heads[0]).toMatchObject({ title: 'Språkkafé for kvinner', amountAppliedOre: 55_000_00, status: 'trukket' });
  });

  it('follow the generic entity writer, a delete included', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    await deleteEntity(ctx, 'applications', applicationId);
    expect(await ctx.db.applicationHeads.count()).toBe(0);
  });

  it('are not written when the application write is rolled back', async () => {
    const ctx = testContext();
    await expect(
      ctx.db.transaction('rw', ctx.db.applications, async () => {
        await ctx.db.applications.add(application('a1'));
        throw new Error('avbrutt');
      }),
    ).rejects.toThrow('avbrutt');
    expect(await ctx.db.applicationHeads.count()).toBe(0);
    expect(await ctx.db.applications.count()).toBe(0);
  });

  it('follow only the rows a bulk add wrote, when another of them failed', async () => {
    const ctx = testContext();
    await ctx.db.applications.add(application('a1', { title: 'Først' }));
    await ctx.db.transaction('rw', ctx.db.applications, async () => {
      await ctx.db.applications.bulkAdd([application('a2'), application('a1', { title: 'Duplikat' })]).catch(() => undefined);
    });
    const { heads, expected } = await headsAndExpected(ctx);
    expect(heads).toEqual(expected);
    expect(heads.map((h) => h.title)).toEqual(['Først', 'Tiltak a2']);
  });

  it('are rebuilt from the restored applications, not kept from before the restore', async () => {
    const ctx = testContext();
    const { applicationId, callId, organisationId } = await seedApplication(ctx, { title: 'Før' });
    const backup = await createBackup(ctx.db, new Date('2020-03-01T11:00:00Z'));
    await updateApplication(ctx, applicationId, { title: 'Etter' });
    await createApplication(testContext({ db: ctx.db, newId: () => 'extra' }), applicationInput(callId, organisationId, { title: 'Ekstra' }));
    expect(await ctx.db.applicationHeads.count()).toBe(2);

    const inspected = await inspectBackup(backup.blob);
    if (!inspected.ok) throw new Error(inspected.error);
    await restoreBackup(ctx, inspected.backup);

    const { heads, expected } = await headsAndExpected(ctx);
    expect(heads).toEqual(expected);
    expect(heads.map((h) => h.title)).toEqual(['Før']);
  });
});

describe('application heads missing for rows written past the program', () => {
  /** Writes applications as a raw test seed would: through a Dexie without the program's mirror. */
  async function writeRaw(name: string, rows: Application[]): Promise<void> {
    const raw = await openAtVersion(name, CURRENT_SCHEMA_VERSION);
    await raw.table('applications').bulkPut(rows);
    raw.close();
  }

  it('are derived by a short first read at once, and by the full lists once their rows show', async () => {
    const db = openDatabase('raw-seed');
    const ctx = testContext({ db });
    const { callId, organisationId } = await seedCallAndOrganisation(ctx);
    await createApplication(ctx, applicationInput(callId, organisationId, { title: 'Gjennom programmet' }));
    db.close();
    await writeRaw('raw-seed', [
      application('raw-1', { callId, organisationId, title: 'Rått 1', receivedDate: '2020-01-25' }),
      application('raw-2', { callId, organisationId, title: 'Rått 2', receivedDate: '2020-01-26' }),
    ]);
    await db.open();
    expect(await db.applicationHeads.count()).toBe(1);

    // Fewer heads than the first read asks for: the applications are counted, and the heads derived.
    const first = await loadFirstApplicationRows(db, 10);
    expect(first.map((r) => r.title)).toEqual(['Gjennom programmet', 'Rått 2', 'Rått 1']);
    const { heads, expected } = await headsAndExpected(ctx);
    expect(heads).toEqual(expected);
    expect(await ensureHeadsInStep(db)).toBe(false);

    // A full read shows the heads as they are; the check after it derives them and says to read again.
    await writeRaw('raw-seed', [application('raw-3', { callId, organisationId, title: 'Rått 3', receivedDate: '2020-01-27' })]);
    await db.open();
    expect((await loadApplicationListRows(db)).map((r) => r.title)).not.toContain('Rått 3');
    expect(await ensureHeadsInStep(db)).toBe(true);
    expect((await loadApplicationListRows(db)).map((r) => r.title)).toContain('Rått 3');

    await writeRaw('raw-seed', [application('raw-4', { callId, organisationId, title: 'Rått 4' })]);
    await db.open();
    expect(await ensureHeadsInStep(db, 'another-call')).toBe(false);
    expect(await ensureHeadsInStep(db, callId)).toBe(true);
    const decisions = await loadDecisionRows(db, callId);
    expect(decisions?.rows.map((r) => r.application.title)).toContain('Rått 4');
    expect(decisions?.budget?.total.applicationCount).toBe(5);
  });

  it('are derived by the first rows of Vedtak og brev when the call has fewer heads than applications', async () => {
    const db = openDatabase('raw-call');
    const { callId, organisationId } = await seedCallAndOrganisation(testContext({ db }));
    db.close();
    await writeRaw('raw-call', [application('raw-1', { callId, organisationId }), application('raw-2', { callId, organisationId })]);
    await db.open();
    const first = await loadDecisionRows(db, callId, 100);
    expect(first?.complete).toBe(true);
    expect(first?.rows).toHaveLength(2);
  });
});
