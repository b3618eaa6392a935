// The data check catches what the chain alone missed: a row edited in IndexedDB, the newest entries
// deleted, and an edited entry with the whole chain re-hashed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chainEntries, type ChainedEntry } from '@renderer/domain/change-log-chain';
import type { ChangeLogEntry } from '@renderer/domain/change-log';
import { verifyData, auditIsClean } from '@renderer/services/audit/verify-data';
import { advanceAnchor, readChainHead } from '@renderer/services/audit/anchor-store';
import { verifyChangeLog } from '@renderer/services/change-log-verify';
import { testContext, FIXED_NOW } from '../services/test-context';
import { fillEveryTable } from '../backup/every-table';
import { memoryAnchorStore } from './memory-anchor-store';
import { auditText } from '@renderer/i18n/audit';
import { createRecordsAuditor } from '@renderer/domain/records-audit';
import { problemLine } from '@renderer/features/change-log/AuditReport';

async function anchoredDatabase() {
  const ctx = testContext();
  await fillEveryTable(ctx);
  const store = memoryAnchorStore();
  expect(await advanceAnchor(ctx.db, store, FIXED_NOW)).toBe('written');
  return { ctx, db: ctx.db, store };
}

afterEach(() => vi.restoreAllMocks());

describe('verifyData', () => {
  it('passes an untouched database and says what it checked', async () => {
    const { db, store } = await anchoredDatabase();
    const progress = vi.fn();
    const audit = await verifyData(db, store, progress);
    expect(audit.chain).toMatchObject({ ok: true });
    expect(audit.records.problems).toEqual([]);
    expect(audit.records.rows).toBeGreaterThan(10);
    expect(audit.anchor).toEqual({ kind: 'matched', anchoredId: (await readChainHead(db)).lastId, newerEntries: 0 });
    expect(auditIsClean(audit)).toBe(true);
    expect(progress).toHaveBeenCalledWith(expect.objectContaining({ phase: 'records' }));
  });

  it('finds an application amount changed directly in IndexedDB and names the field', async () => {
    const { db, store } = await anchoredDatabase();
    const app = (await db.applications.toCollection().first())!;
    await db.applications.update(app.id, { amountAppliedOre: 99_900_000 });
    // The chain alone still says all is well: that was the bug.
    expect(await verifyChangeLog(db)).toMatchObject({ ok: true });

    const audit = await verifyData(db, store);
    expect(audit.records.problems).toEqual([
      expect.objectContaining({ kind: 'differs', table: 'applications', id: app.id, fields: ['amountAppliedOre'] }),
    ]);
    expect(problemLine(audit.records.problems[0]!)).toContain(`Søknad ${app.id} er endret utenom programmet: amountAppliedOre`);
    expect(auditIsClean(audit)).toBe(false);
  });

  it('finds a row with no log entry, and a row the log says was deleted', async () => {
    const { ctx, db, store } = await anchoredDatabase();
    const org = (await db.organisations.toCollection().first())!;
    await db.organisations.add({ ...org, id: 'smuglet-inn', orgnr: '971277882' });
    const { deleteEntity } = await import('@renderer/services/entity-writer');
    await deleteEntity(ctx, 'organisations', org.id);
    await db.organisations.add(org);
    const audit = await verifyData(db, store);
    expect(audit.records.problems).toContainEqual({ kind: 'unlogged', table: 'organisations', id: 'smuglet-inn' });
    expect(audit.records.problems).toContainEqual(
      expect.objectContaining({ kind: 'deleted-in-log', table: 'organisations', id: org.id }),
    );
  });

  it('finds the newest entries deleted, from the anchor', async () => {
    const { db, store } = await anchoredDatabase();
    const { lastId } = await readChainHead(db);
    await db.changeLog.bulkDelete([lastId, lastId - 1]);
    expect(await verifyChangeLog(db)).toMatchObject({ ok: true });
    // The keeper must not follow the shortened log.
    expect(await advanceAnchor(db, store, FIXED_NOW)).toBe('refused');

    const audit = await verifyData(db, store);
    expect(audit.anchor).toEqual({ kind: 'tail-missing', anchoredId: lastId, lastId: lastId - 2 });
    expect(auditText.anchor.tailMissing(lastId, lastId - 2)).toContain('De siste oppføringene er slettet');
  });

  it('finds an edited entry after the whole chain was re-hashed', async () => {
    const { db, store } = await anchoredDatabase();
    const entries = (await db.changeLog.orderBy(':id').toArray()) as ChangeLogEntry[] as (ChangeLogEntry & ChainedEntry)[];
    entries[1] = { ...entries[1]!, actor: 'Noen andre' };
    await db.changeLog.bulkPut(chainEntries(entries.map(({ prevHash: _p, hash: _h, ...rest }) => rest)));
    expect(await verifyChangeLog(db)).toMatchObject({ ok: true });
    expect(await advanceAnchor(db, store, FIXED_NOW)).toBe('refused');

    const audit = await verifyData(db, store);
    expect(audit.anchor).toEqual({ kind: 'hash-mismatch', anchoredId: entries.at(-1)!.id });
  });

  it('says the anchor is missing when none was ever written', async () => {
    const ctx = testContext();
    await fillEveryTable(ctx);
    const audit = await verifyData(ctx.db, memoryAnchorStore());
    expect(audit.anchor).toEqual({ kind: 'missing' });
    expect(auditText.anchor.missing).toContain('kan ikke kontrolleres for slettede siste oppføringer');
  });

  it('moves the anchor forward with new writes along the same chain', async () => {
    const { ctx, db, store } = await anchoredDatabase();
    const before = await store.read();
    const app = (await db.applications.toCollection().first())!;
    const { updateEntity } = await import('@renderer/services/entity-writer');
    const { ApplicationSchema } = await import('@renderer/domain/application');
    await updateEntity(ctx, 'applications', ApplicationSchema, app.id, { title: 'Ny tittel' });
    expect(await advanceAnchor(db, store, FIXED_NOW)).toBe('written');
    expect((await store.read())!.lastId).toBe(before!.lastId + 1);
    expect(auditIsClean(await verifyData(db, store))).toBe(true);
  });

  it('refuses an anchor signed with another key', async () => {
    const { db } = await anchoredDatabase();
    const other = memoryAnchorStore();
    await other.write(await readChainHead(db), FIXED_NOW);
    const forged = { ...(await other.read())!, mac: 'a'.repeat(64) };
    await other.write(await readChainHead(db), FIXED_NOW);
    expect(await other.check(forged)).toBe(false);
  });
});

describe('fields a schema upgrade fills in', () => {
  it('are accepted while the log has not written them yet, and checked once it has', () => {
    const auditor = createRecordsAuditor();
    auditor.noteEntry({ id: 1, entity: 'decisions', entityId: 'd1', action: 'opprettet', after: { id: 'd1', amountGrantedOre: 100 } });
    auditor.noteEntry({ id: 2, entity: 'decisions', entityId: 'd2', action: 'opprettet', after: { id: 'd2', amountGrantedOre: 100, subGoalSplitOre: { A: 100 } } });
    auditor.noteEntry({ id: 3, entity: 'decisions', entityId: 'd3', action: 'opprettet', after: { id: 'd3', amountGrantedOre: 100 } });
    // d1: the v7 upgrade added the split; d2: the split was changed behind the program's back;
    // d3: a field no upgrade fills (lockedAt) was added behind the program's back.
    auditor.checkRow('decisions', 'd1', { id: 'd1', amountGrantedOre: 100, subGoalSplitOre: { A: 100 } });
    auditor.checkRow('decisions', 'd2', { id: 'd2', amountGrantedOre: 100, subGoalSplitOre: { A: 50 } });
    auditor.checkRow('decisions', 'd3', { id: 'd3', amountGrantedOre: 100, lockedAt: '2020-01-01T00:00:00.000Z' });
    const { problems } = auditor.finish(['decisions']);
    expect(problems).toEqual([
      { kind: 'differs', table: 'decisions', id: 'd2', fields: ['subGoalSplitOre'], lastEntryId: 2 },
      { kind: 'differs', table: 'decisions', id: 'd3', fields: ['lockedAt'], lastEntryId: 3 },
    ]);
  });

  it('include the call v22 gives decisions, payments and reports; a call changed behind the program\'s back still shows', () => {
    const auditor = createRecordsAuditor();
    auditor.noteEntry({ id: 1, entity: 'decisions', entityId: 'd1', action: 'opprettet', after: { id: 'd1', applicationId: 'a1' } });
    auditor.noteEntry({ id: 2, entity: 'payments', entityId: 'p1', action: 'opprettet', after: { id: 'p1', decisionId: 'd1' } });
    auditor.noteEntry({ id: 3, entity: 'reports', entityId: 'r1', action: 'opprettet', after: { id: 'r1', decisionId: 'd1', callId: 'c1' } });
    auditor.checkRow('decisions', 'd1', { id: 'd1', applicationId: 'a1', callId: 'c1' });
    auditor.checkRow('payments', 'p1', { id: 'p1', decisionId: 'd1', callId: 'c1' });
    auditor.checkRow('reports', 'r1', { id: 'r1', decisionId: 'd1', callId: 'c2' });
    expect(auditor.finish(['decisions', 'payments', 'reports']).problems).toEqual([
      { kind: 'differs', table: 'reports', id: 'r1', fields: ['callId'], lastEntryId: 3 },
    ]);
  });
});
