// v14 keeps each letter's head (no PDF bytes) in a slim table: filled by the upgrade from the
// existing letters, and kept in step with every write of `letters` in the same transaction
// (made, made in a group, sent, sent in bulk, deleted, restored), whichever service writes it.
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '@renderer/data/schema';
import type { Letter } from '@renderer/domain/letter';
import { LetterSchema } from '@renderer/domain/letter';
import { letterHeadOf } from '@renderer/domain/letter-head';
import {
  decideApplication,
  markLetterSent,
  markLettersSent,
  saveBatchLetters,
  saveDecisionLetter,
} from '@renderer/services/decisions';
import { createEntity, deleteEntity } from '@renderer/services/entity-writer';
import { createBackup, inspectBackup, restoreBackup } from '@renderer/services/backup';
import { verifyChangeLog } from '@renderer/services/change-log-verify';
import { testContext } from '../services/test-context';
import { KR, applicationInput, seedApplication, seedCallAndOrganisation } from '../services/applications.fixtures';
import { createApplication } from '@renderer/services/applications';
import { migrateFrom } from './migration-harness';

const PREVIOUS = Math.max(...SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v < 14));
const PDF = new TextEncoder().encode('%PDF-1.7 test letter');
const at = '2020-03-01T10:00:00.000Z';

function letter(id: string, decisionId: string, patch: Partial<Letter> = {}): Letter {
  return { id, createdAt: at, updatedAt: at, decisionId, kind: 'innvilgelse', language: 'nb', sha256: 'a'.repeat(64), bytes: PDF, ...patch };
}

/** Every head, in key order, and what the letters say they should be. */
async function headsAndExpected(ctx: ReturnType<typeof testContext>) {
  const heads = await ctx.db.letterHeads.orderBy('id').toArray();
  const expected = (await ctx.db.letters.orderBy('id').toArray()).map(letterHeadOf);
  return { heads, expected };
}

describe(`migration v${PREVIOUS} -> v14: letter heads`, () => {
  it('gives every existing letter its head, without bytes, sent or not', async () => {
    const db = await migrateFrom('mig14', PREVIOUS, async (old) => {
      await old.table('letters').bulkPut([
        letter('l1', 'd1'),
        letter('l2', 'd2', { kind: 'avslag', language: 'nn', sentDate: '2020-03-04' }),
        letter('l3', 'd2', { kind: 'purring', createdAt: '2021-02-01T09:00:00.000Z' }),
      ]);
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.letterHeads.orderBy('id').toArray()).toEqual([
      { id: 'l1', decisionId: 'd1', createdAt: at, kind: 'innvilgelse', language: 'nb', sha256: 'a'.repeat(64) },
      { id: 'l2', decisionId: 'd2', createdAt: at, kind: 'avslag', language: 'nn', sha256: 'a'.repeat(64), sentDate: '2020-03-04' },
      { id: 'l3', decisionId: 'd2', createdAt: '2021-02-01T09:00:00.000Z', kind: 'purring', language: 'nb', sha256: 'a'.repeat(64) },
    ]);
    expect(await db.letterHeads.where('decisionId').equals('d2').count()).toBe(2);
    db.close();
  });
});

describe('letter heads after v14', () => {
  it('follow a letter made, sent one by one and sent in bulk, in the same writes', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    const decision = await decideApplication(ctx, { applicationId, outcome: 'innvilget' });
    const made = await saveDecisionLetter(ctx, { decisionId: decision.id, language: 'nn', bytes: PDF });
    expect(await ctx.db.letterHeads.get(made.id)).toEqual(letterHeadOf(made));
    expect(await ctx.db.letterHeads.get(made.id)).not.toHaveProperty('bytes');

    await markLetterSent(ctx, made.id, '2020-03-02');
    expect((await ctx.db.letterHeads.get(made.id))?.sentDate).toBe('2020-03-02');

    const second = await createApplication(ctx, applicationInput((await ctx.db.calls.toArray())[0]!.id, (await ctx.db.organisations.toArray())[0]!.id, { title: 'Leksehjelp' }));
    const d2 = await decideApplication(ctx, { applicationId: second.id, outcome: 'avslatt', justification: 'Rammen er brukt opp.' });
    const [l2] = await saveBatchLetters(ctx, [{ decisionId: d2.id, language: 'nb', bytes: PDF }]);
    await markLettersSent(ctx, [l2!.id], '2020-03-05');
    const { heads, expected } = await headsAndExpected(ctx);
    expect(heads).toEqual(expected);
    expect(heads.map((h) => h.sentDate)).toEqual(expect.arrayContaining(['2020-03-02', '2020-03-05']));
  });

  it('follow the generic entity writer too, a delete included', async () => {
    const ctx = testContext();
    const row = await createEntity(ctx, 'letters', LetterSchema, {
      decisionId: 'dec-x', kind: 'tilbakebetalingskrav', language: 'nb', sha256: 'b'.repeat(64), bytes: PDF,
    });
    expect(await ctx.db.letterHeads.get(row.id)).toEqual(letterHeadOf(row));
    await deleteEntity(ctx, 'letters', row.id);
    expect(await ctx.db.letterHeads.count()).toBe(0);
  });

  it('are not written when the letter write is rolled back', async () => {
    const ctx = testContext();
    await expect(
      ctx.db.transaction('rw', ctx.db.letters, async () => {
        await ctx.db.letters.add(letter('l1', 'd1'));
        throw new Error('avbrutt');
      }),
    ).rejects.toThrow('avbrutt');
    expect(await ctx.db.letterHeads.count()).toBe(0);
    expect(await ctx.db.letters.count()).toBe(0);
  });

  it('are rebuilt from the restored letters, not kept from before the restore', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    const decision = await decideApplication(ctx, { applicationId, outcome: 'innvilget' });
    const made = await saveDecisionLetter(ctx, { decisionId: decision.id, language: 'nb', bytes: PDF });
    const backup = await createBackup(ctx.db, new Date('2020-03-01T11:00:00Z'));
    await markLetterSent(ctx, made.id, '2020-03-02');
    await saveDecisionLetter(testContext({ db: ctx.db, newId: () => 'extra' }), { decisionId: decision.id, language: 'nb', bytes: PDF });
    expect(await ctx.db.letterHeads.count()).toBe(2);

    const inspected = await inspectBackup(backup.blob);
    if (!inspected.ok) throw new Error(inspected.error);
    await restoreBackup(ctx, inspected.backup);

    expect(await ctx.db.letterHeads.toArray()).toEqual([letterHeadOf(made)]);
  });
});

describe('letters saved in a group', () => {
  async function threeDecisions() {
    const ctx = testContext();
    const { callId, organisationId } = await seedCallAndOrganisation(ctx);
    const decisions = [];
    for (const title of ['Språkkafé', 'Leksehjelp', 'Fotball']) {
      const app = await createApplication(ctx, applicationInput(callId, organisationId, { title, amountAppliedOre: 40_000 * KR }));
      decisions.push(await decideApplication(ctx, { applicationId: app.id, outcome: 'innvilget' }));
    }
    return { ctx, decisions };
  }

  it('stores each needed letter once, in order, and answers null for the rest', async () => {
    const { ctx, decisions } = await threeDecisions();
    const [a, b, c] = decisions.map((d) => d.id) as [string, string, string];
    const first = await saveBatchLetters(ctx, [{ decisionId: a, language: 'nb', bytes: PDF }]);
    const logBefore = await ctx.db.changeLog.count();

    const result = await saveBatchLetters(ctx, [
      { decisionId: a, language: 'nb', bytes: PDF }, // already has its letter
      { decisionId: b, language: 'nb', bytes: PDF },
      { decisionId: b, language: 'nb', bytes: PDF }, // twice in one group
      { decisionId: c, language: 'nn', bytes: PDF },
    ]);
    expect(result.map((l) => l?.decisionId ?? null)).toEqual([null, b, null, c]);
    expect(result[3]?.language).toBe('nn');
    expect(first[0]?.decisionId).toBe(a);
    expect(await ctx.db.letters.count()).toBe(3);
    expect(await ctx.db.changeLog.count()).toBe(logBefore + 2);
    expect(await verifyChangeLog(ctx.db)).toMatchObject({ ok: true });
    const { heads, expected } = await headsAndExpected(ctx);
    expect(heads).toEqual(expected);
  });

  it('stores nothing of a group with an unknown decision', async () => {
    const { ctx, decisions } = await threeDecisions();
    await expect(
      saveBatchLetters(ctx, [
        { decisionId: decisions[0]!.id, language: 'nb', bytes: PDF },
        { decisionId: 'finnes-ikke', language: 'nb', bytes: PDF },
      ]),
    ).rejects.toThrow();
    expect(await ctx.db.letters.count()).toBe(0);
    expect(await ctx.db.letterHeads.count()).toBe(0);
  });
});

describe('letter status from the heads', () => {
  it('says made, then outdated once the decision changes, then sent for the new letter', async () => {
    const { letterStatus, readLetterHeads } = await import('@renderer/features/decisions/letter-status');
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    const decision = await decideApplication(ctx, { applicationId, outcome: 'innvilget' });
    await saveBatchLetters(ctx, [{ decisionId: decision.id, language: 'nb', bytes: PDF }]);
    const statusNow = async () => letterStatus((await ctx.db.decisions.get(decision.id))!, await readLetterHeads(ctx.db, [decision.id]));
    expect((await statusNow()).kind).toBe('made');

    const later = testContext({ db: ctx.db, now: () => new Date('2020-03-05T10:00:00.000Z'), newId: () => 'later' });
    await decideApplication(later, { applicationId, outcome: 'delvis_innvilget', amountGrantedOre: 30_000 * KR, justification: 'Redusert.' });
    expect((await statusNow()).kind).toBe('outdated');

    const [again] = await saveBatchLetters(later, [{ decisionId: decision.id, language: 'nb', bytes: PDF }]);
    await markLetterSent(later, again!.id, '2020-03-06');
    expect(await statusNow()).toMatchObject({ kind: 'sent', sentDate: '2020-03-06', letter: { id: again!.id } });
  });
});

describe('a list watching the letter heads while a batch is stored', () => {
  it('reads again once per group of letters, not once per letter', async () => {
    const { liveQuery } = await import('dexie');
    const { readLetterHeads } = await import('@renderer/features/decisions/letter-status');
    const ctx = testContext();
    const { callId, organisationId } = await seedCallAndOrganisation(ctx);
    const decisionIds: string[] = [];
    for (let i = 0; i < 50; i++) {
      const app = await createApplication(ctx, applicationInput(callId, organisationId, { title: `Tiltak ${i}`, amountAppliedOre: 40_000 * KR }));
      decisionIds.push((await decideApplication(ctx, { applicationId: app.id, outcome: 'innvilget' })).id);
    }
    const seen: number[] = [];
    const subscription = liveQuery(() => readLetterHeads(ctx.db, decisionIds)).subscribe((heads) => seen.push(heads.length));
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
    await settle();
    for (let i = 0; i < 50; i += 25) {
      await saveBatchLetters(ctx, decisionIds.slice(i, i + 25).map((decisionId) => ({ decisionId, language: 'nb' as const, bytes: PDF })));
      await settle();
    }
    subscription.unsubscribe();
    expect(seen).toEqual([0, 25, 50]);
  });
});
