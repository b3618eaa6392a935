// Saving a rule change re-screens every open application of the call in the same transaction; in a
// big call that takes a while, so the save can be cancelled: then nothing of it is saved, not the
// call, not a screening, not a change-log row, and the officer can save again.
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '@renderer/documents/import';
import { WriteCancelledError } from '@renderer/services/cancel-write';
import { verifyChangeLog } from '@renderer/services/change-log-verify';
import { countOpenApplications, patchRescreens, updateCall } from '@renderer/services/calls';
import { decideApplication } from '@renderer/services/decisions';
import { commitImport, planImport } from '@renderer/services/import';
import { testContext } from './test-context';
import { csvFile, openCall, snapshot } from '../import/helpers';
import { validRow } from '../import/fixture-rows';

const KR = 100;

/** A call of 30 open applications of 40 000 kr each, imported as an officer would. */
async function callWithApplications() {
  const ctx = testContext();
  const callId = await openCall(ctx);
  const rows = Array.from({ length: 30 }, (_, i) => validRow({ ekstern_id: `P-${i + 1}`, tittel: `Tiltak ${i + 1}` }));
  const plan = await planImport(ctx.db, callId, await parseImportFile(csvFile(rows)), { onDuplicate: 'skip' });
  await commitImport(ctx, callId, plan);
  return { ctx, callId };
}

/** A local limit every application breaks: all thirty screenings change. */
const lowLimit = { rules: { singleMeasureMaxOre: 1_000 * KR } };

describe('updateCall cancelled while it re-screens', () => {
  it('saves nothing when cancelled while the screenings are being written', async () => {
    const { ctx, callId } = await callWithApplications();
    const before = await snapshot(ctx.db);
    const controller = new AbortController();
    // Cancelled as the first re-screened screening is put: the call's row is already on its way.
    ctx.db.screenings.hook('updating', () => controller.abort());
    await expect(updateCall(ctx, callId, lowLimit, {}, { signal: controller.signal })).rejects.toBeInstanceOf(WriteCancelledError);
    expect(await snapshot(ctx.db)).toEqual(before);
    expect((await ctx.db.calls.get(callId))?.rules.singleMeasureMaxOre).toBeUndefined();
    expect((await verifyChangeLog(ctx.db)).ok).toBe(true);
  });

  it('saves the change and its re-screening when not cancelled', async () => {
    const { ctx, callId } = await callWithApplications();
    const entries = await ctx.db.changeLog.count();
    const controller = new AbortController();
    await updateCall(ctx, callId, lowLimit, {}, { signal: controller.signal });
    controller.abort();
    expect((await ctx.db.calls.get(callId))?.rules.singleMeasureMaxOre).toBe(1_000 * KR);
    // The call's own entry and one per changed screening.
    expect(await ctx.db.changeLog.count()).toBe(entries + 1 + 30);
    expect((await verifyChangeLog(ctx.db)).ok).toBe(true);
  });
});

describe('what a call edit will re-screen', () => {
  it('counts the open applications, not the decided ones', async () => {
    const { ctx, callId } = await callWithApplications();
    expect(await countOpenApplications(ctx.db, callId)).toBe(30);
    const first = (await ctx.db.applications.where('callId').equals(callId).first())!;
    await decideApplication(ctx, { applicationId: first.id, outcome: 'avslatt', amountGrantedOre: 0, justification: 'Utenfor ordningen.' });
    expect(await countOpenApplications(ctx.db, callId)).toBe(29);
  });

  it('is a change of the rules or of the prioritised sub-goal, not of the title', async () => {
    const { ctx, callId } = await callWithApplications();
    const call = (await ctx.db.calls.get(callId))!;
    expect(patchRescreens(call, { title: 'Nytt navn' })).toBe(false);
    expect(patchRescreens(call, { rules: { ...call.rules } })).toBe(false);
    expect(patchRescreens(call, lowLimit)).toBe(true);
    expect(patchRescreens(call, { prioritisedSubGoal: call.prioritisedSubGoal === 'A' ? 'B' : 'A' })).toBe(true);
  });
});
