// Innstilling, meeting and «Vedta etter innstillingen» through the services, on one small call.
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '@renderer/data/db';
import { formatMoney } from '@renderer/domain/vocabulary/format';
import { createApplication } from '@renderer/services/applications';
import { createPerson } from '@renderer/services/assessment/people';
import { recordConflict } from '@renderer/services/assessment/conflicts';
import { saveAssessment } from '@renderer/services/assessment/scoring';
import { decideFromRecommendations } from '@renderer/services/decisions/from-recommendations';
import { createMeeting, recordRecommendation, setMeetingPosition } from '@renderer/services/meetings/meetings';
import { deleteMeeting, updateMeeting } from '@renderer/services/meetings/meeting-edit';
import { loadMeetingView } from '@renderer/services/meetings/meeting-view';
import { proposeDistribution, setProposal } from '@renderer/services/meetings/proposals';
import { loadRankedCall } from '@renderer/services/meetings/ranked-call';
import { overrideScreeningRule } from '@renderer/services/screening';
import { KR, applicationInput, seedCallAndOrganisation } from './applications.fixtures';
import { testContext, validationErrorOf } from './test-context';

let db: AppDatabase | undefined;
afterEach(async () => {
  await db?.delete();
});

/** A call with a 100 000 kr frame: two projects scored 5 and 3, and one single measure below the minimum. */
async function seed() {
  const ctx = testContext();
  db = ctx.db;
  const { callId, organisationId } = await seedCallAndOrganisation(ctx);
  await ctx.db.calls.update(callId, { budgetFrameOre: 100_000 * KR });
  const add = (title: string, kind: 'prosjekt' | 'enkelttiltak', kr: number) =>
    createApplication(ctx, applicationInput(callId, organisationId, { title, kind, amountAppliedOre: kr * KR }));
  const low = await add('Lavt rangert prosjekt', 'prosjekt', 60_000);
  const high = await add('Høyt rangert prosjekt', 'prosjekt', 70_000);
  const tooSmall = await add('For lite tiltak', 'enkelttiltak', 5_000);
  const per = await createPerson(ctx, { name: 'Per Hansen', role: 'utvalgsmedlem' });
  const liv = await createPerson(ctx, { name: 'Liv Berg', role: 'leder' });
  const all = (n: number) => Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i + 1}`, n]));
  await saveAssessment(ctx, { applicationId: high.id, personId: per.id, scores: all(5) });
  await saveAssessment(ctx, { applicationId: low.id, personId: per.id, scores: all(3) });
  await recordConflict(ctx, { applicationId: low.id, personId: liv.id, ground: 'e', declaredBy: 'medlem' });
  return { ctx, callId, low, high, tooSmall, per, liv };
}

describe('ranked view and proposals', () => {
  it('ranks by score, lists a failed screening apart, and fills the frame by rank', async () => {
    const { ctx, callId, low, high, tooSmall } = await seed();
    const ranked = await loadRankedCall(ctx.db, callId);
    expect(ranked.ranked.map((r) => r.application.id)).toEqual([high.id, low.id]);
    expect(ranked.failed.map((f) => f.application.id)).toEqual([tooSmall.id]);
    expect(ranked.failed[0]!.reason).toContain('R5');

    const amounts = await proposeDistribution(ctx, callId);
    expect(amounts.get(high.id)).toBe(70_000 * KR);
    expect(amounts.get(low.id)).toBe(30_000 * KR);
    expect(amounts.get(tooSmall.id)).toBe(0);
    const after = await loadRankedCall(ctx.db, callId);
    expect(after.ranked.map((r) => [r.proposedOre, r.proposalStored])).toEqual([[70_000 * KR, true], [30_000 * KR, true]]);
  });

  it('refuses a proposal above the frame and saves nothing', async () => {
    const { ctx, callId, low } = await seed();
    await proposeDistribution(ctx, callId);
    const before = await ctx.db.changeLog.count();
    const error = await validationErrorOf(setProposal(ctx, callId, low.id, 40_000 * KR));
    expect(error.message).toContain(`bare ${formatMoney(30_000 * KR)} er igjen`);
    expect(await ctx.db.changeLog.count()).toBe(before);
    await setProposal(ctx, callId, low.id, 25_000 * KR);
    expect((await loadRankedCall(ctx.db, callId)).ranked[1]!.proposedOre).toBe(25_000 * KR);
  });
});

describe('failed screening and its override', () => {
  it('gives nothing to a failed screening, and fills it up to the project maximum once overridden', async () => {
    const ctx = testContext();
    db = ctx.db;
    const { callId, organisationId } = await seedCallAndOrganisation(ctx); // frame 2 000 000 kr
    const big = await createApplication(ctx, applicationInput(callId, organisationId, { title: 'Stort prosjekt', kind: 'prosjekt', amountAppliedOre: 1_200_000 * KR }));
    expect((await loadRankedCall(ctx.db, callId)).failed.map((f) => f.application.id)).toEqual([big.id]);
    expect((await proposeDistribution(ctx, callId)).get(big.id)).toBe(0);
    const refused = await validationErrorOf(setProposal(ctx, callId, big.id, 10_000 * KR));
    expect(refused.message).toContain('ikke bestått');

    await overrideScreeningRule(ctx, { applicationId: big.id, rule: 'R5', result: 'bestatt', reason: 'Årsbudsjettet er under grensen.' });
    expect((await loadRankedCall(ctx.db, callId)).ranked.map((r) => r.application.id)).toEqual([big.id]);
    expect((await proposeDistribution(ctx, callId)).get(big.id)).toBe(1_000_000 * KR);
  });
});

describe('meeting and recommendations to decisions', () => {
  it('sets up the agenda in ranked order, marks the conflicted member, and resumes where it stood', async () => {
    const { ctx, callId, low, high, per, liv } = await seed();
    const meeting = await createMeeting(ctx, { callId, date: '2020-03-10', place: 'Rådhuset', presentPersonIds: [per.id, liv.id] });
    expect(meeting.agendaApplicationIds).toEqual([high.id, low.id]);
    await setMeetingPosition(ctx, meeting.id, 1);
    const view = await loadMeetingView(ctx.db, meeting.id);
    expect(view.meeting.currentIndex).toBe(1);
    expect(view.items[1]!.notTakingPart.map((p) => p.name)).toEqual(['Liv Berg']);
    expect(view.items[0]!.notTakingPart).toEqual([]);
  });

  it('turns the recommendations into decisions with the same checks, skipping a locked decision', async () => {
    const { ctx, callId, low, high, per } = await seed();
    const meeting = await createMeeting(ctx, { callId, date: '2020-03-10', presentPersonIds: [per.id] });
    await recordRecommendation(ctx, meeting.id, high.id, { outcome: 'innvilget' });
    const over = await validationErrorOf(
      recordRecommendation(ctx, meeting.id, low.id, { outcome: 'delvis_innvilget', amountOre: 40_000 * KR, reason: 'Ramme' }),
    );
    expect(over.message).toContain('går over rammen');
    await recordRecommendation(ctx, meeting.id, low.id, { outcome: 'delvis_innvilget', amountOre: 30_000 * KR, reason: 'Begrenset ramme' });

    const { decisions, skipped } = await decideFromRecommendations(ctx, meeting.id);
    expect(decisions.map((d) => [d.applicationId, d.outcome, d.amountGrantedOre, d.justification])).toEqual([
      [high.id, 'innvilget', 70_000 * KR, ''],
      [low.id, 'delvis_innvilget', 30_000 * KR, 'Begrenset ramme'],
    ]);
    expect(skipped).toEqual([]);
    expect((await ctx.db.applications.get(low.id))!.status).toBe('vedtatt');

    // The letter for the first is sent: running it again leaves that decision alone and says so.
    await ctx.db.decisions.update(decisions[0]!.id, { lockedAt: '2020-03-12T10:00:00.000Z' });
    await recordRecommendation(ctx, meeting.id, low.id, { outcome: 'avslatt', reason: 'Lav poengsum' });
    const again = await decideFromRecommendations(ctx, meeting.id);
    expect(again.skipped).toEqual([{ applicationId: high.id, title: 'Høyt rangert prosjekt', why: 'laast' }]);
    expect(again.decisions.map((d) => [d.id, d.outcome, d.amountGrantedOre])).toEqual([[decisions[1]!.id, 'avslatt', 0]]);
    expect(await ctx.db.decisions.count()).toBe(2);
  });

  it('refuses as a single decision would: a partial grant without a reason names the application', async () => {
    const { ctx, callId, low, per } = await seed();
    const meeting = await createMeeting(ctx, { callId, date: '2020-03-10', presentPersonIds: [per.id] });
    await recordRecommendation(ctx, meeting.id, low.id, { outcome: 'delvis_innvilget', amountOre: 20_000 * KR });
    const error = await validationErrorOf(decideFromRecommendations(ctx, meeting.id));
    expect(error.message).toBe('Søknaden «Lavt rangert prosjekt»: Begrunnelse må fylles ut når søknaden ikke innvilges fullt ut');
    expect(await ctx.db.decisions.count()).toBe(0);
  });
});

describe('editing and deleting a meeting', () => {
  it('keeps the agenda in ranked order when items are removed and added in any order', async () => {
    const { ctx, callId, low, high, tooSmall, per } = await seed();
    const meeting = await createMeeting(ctx, { callId, date: '2020-03-10', presentPersonIds: [per.id], agendaApplicationIds: [low.id] });
    expect(meeting.agendaApplicationIds).toEqual([low.id]);

    // Adding the higher-ranked one and the failed screening puts them in agenda order, not chosen order.
    const added = await updateMeeting(ctx, meeting.id, {
      date: '2020-03-10',
      presentPersonIds: [per.id],
      agendaApplicationIds: [tooSmall.id, low.id, high.id],
    });
    expect(added.agendaApplicationIds).toEqual([high.id, low.id, tooSmall.id]);
    const view = await loadMeetingView(ctx.db, meeting.id);
    expect(view.items.map((i) => i.screeningText.startsWith('Ikke bestått'))).toEqual([false, false, true]);

    const removed = await updateMeeting(ctx, meeting.id, { date: '2020-03-10', presentPersonIds: [per.id], agendaApplicationIds: [tooSmall.id, high.id] });
    expect(removed.agendaApplicationIds).toEqual([high.id, tooSmall.id]);
  });

  it('changes date, place and members present, logged, and resumes at the same item', async () => {
    const { ctx, callId, low, per, liv } = await seed();
    const meeting = await createMeeting(ctx, { callId, date: '2020-03-10', place: 'Rådhuset', presentPersonIds: [per.id] });
    await setMeetingPosition(ctx, meeting.id, 1); // on «low»
    const logged = await ctx.db.changeLog.count();
    const after = await updateMeeting(ctx, meeting.id, { date: '2020-03-17', presentPersonIds: [liv.id, per.id], agendaApplicationIds: [low.id] });
    expect([after.date, after.place, after.members, after.agendaApplicationIds, after.currentIndex]).toEqual([
      '2020-03-17',
      undefined,
      ['Liv Berg', 'Per Hansen'],
      [low.id],
      0,
    ]);
    expect(await ctx.db.changeLog.count()).toBe(logged + 1);
  });

  it('refuses an application of another call, an empty agenda, and removing an item with a recommendation', async () => {
    const { ctx, callId, low, high, per } = await seed();
    const meeting = await createMeeting(ctx, { callId, date: '2020-03-10', presentPersonIds: [per.id] });
    const edit = (agendaApplicationIds: string[]) => updateMeeting(ctx, meeting.id, { date: '2020-03-10', presentPersonIds: [per.id], agendaApplicationIds });
    expect((await validationErrorOf(edit(['no-such-application']))).message).toContain('hører ikke til utlysningen');
    expect((await validationErrorOf(edit([]))).message).toBe('Sakslisten må ha minst én søknad.');

    await recordRecommendation(ctx, meeting.id, high.id, { outcome: 'innvilget' });
    const refused = await validationErrorOf(edit([low.id]));
    expect(refused.message).toBe('«Høyt rangert prosjekt» har allerede utvalgets innstilling fra dette møtet og kan ikke tas av sakslisten.');
    expect((await ctx.db.meetings.get(meeting.id))!.agendaApplicationIds).toEqual([high.id, low.id]);
    // Removing the item without a recommendation is fine.
    expect((await edit([high.id])).agendaApplicationIds).toEqual([high.id]);
  });

  it('deletes a meeting without recommendations (logged) and refuses one with them', async () => {
    const { ctx, callId, high, per } = await seed();
    const empty = await createMeeting(ctx, { callId, date: '2020-03-10', presentPersonIds: [per.id] });
    await deleteMeeting(ctx, empty.id);
    expect(await ctx.db.meetings.get(empty.id)).toBeUndefined();
    const log = await ctx.db.changeLog.where('[entity+entityId]').equals(['meetings', empty.id]).toArray();
    expect(log.map((l) => l.action)).toEqual(['opprettet', 'slettet']);

    const held = await createMeeting(ctx, { callId, date: '2020-03-11', presentPersonIds: [per.id] });
    await recordRecommendation(ctx, held.id, high.id, { outcome: 'innvilget' });
    const refused = await validationErrorOf(deleteMeeting(ctx, held.id));
    expect(refused.message).toBe(
      'Møtet kan ikke slettes fordi det har én innstilling fra utvalget. Innstillingene er grunnlaget for vedtakene og møteprotokollen.',
    );
    expect(await ctx.db.meetings.get(held.id)).toBeDefined();
  });
});
