// The decision side of "decisions that are always true": grants against the screening, bulk
// decisions that never touch a sent decision, letters made once and sent in one go.
import { describe, expect, it } from 'vitest';
import {
  bulkDecide,
  decideApplication,
  markLetterSent,
  markLettersSent,
  previewBulkDecision,
  saveBatchLetter,
  saveDecisionLetter,
} from '@renderer/services/decisions';
import { createApplication } from '@renderer/services/applications';
import { createOrganisation } from '@renderer/services/organisations';
import { overrideScreeningRule } from '@renderer/services/screening';
import { verifyChangeLog } from '@renderer/services/change-log-verify';
import { testContext, validationErrorOf } from '../services/test-context';
import { KR, ORGNR, applicationInput, organisationInput, seedApplication, seedCallAndOrganisation } from '../services/applications.fixtures';

const PDF = new TextEncoder().encode('%PDF-1.7 test letter');
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('a grant against the screening', () => {
  it('refuses to grant, fully or partly, an application under the minimum, naming the rule and its reason', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx, { amountAppliedOre: 5_000 * KR, title: 'Sykkelkurs' });
    for (const input of [
      { outcome: 'innvilget' as const },
      { outcome: 'delvis_innvilget' as const, amountGrantedOre: 4_000 * KR, justification: 'Redusert' },
    ]) {
      const error = await validationErrorOf(decideApplication(ctx, { applicationId, ...input }));
      expect(error.fieldErrors['outcome']).toBeDefined();
      expect(nbsp(error.message)).toBe(
        'Søknaden «Sykkelkurs» kan ikke innvilges fordi den ikke har bestått den formelle vurderingen ' +
          '(R5: Søkt beløp kr 5 000 er under minstebeløpet kr 10 000 for enkelttiltak). ' +
          'Overstyr regelen R5 med en skriftlig begrunnelse først, eller avvis søknaden.',
      );
    }
    expect(await ctx.db.decisions.count()).toBe(0);
  });

  it('grants once the failing rule is overridden with a written reason', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx, { amountAppliedOre: 5_000 * KR });
    await overrideScreeningRule(ctx, { applicationId, rule: 'R5', result: 'bestatt', reason: 'Del av et større tiltak over minstebeløpet' });
    const decision = await decideApplication(ctx, { applicationId, outcome: 'innvilget' });
    expect(decision.amountGrantedOre).toBe(5_000 * KR);
  });

  it('lets the failed application be dismissed or rejected without an override', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx, { amountAppliedOre: 5_000 * KR });
    const decision = await decideApplication(ctx, { applicationId, outcome: 'avvist', justification: 'Under minstebeløpet.' });
    expect(decision.outcome).toBe('avvist');
  });
});

describe('the sub-goal split on a decision', () => {
  it('records the default split, or the officer’s own, and refuses one that does not add up', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx, { subGoals: ['A', 'C'], amountAppliedOre: 145_001 * KR, kind: 'prosjekt' });
    const first = await decideApplication(ctx, { applicationId, outcome: 'innvilget' });
    expect(first.subGoalSplitOre).toEqual({ A: 72_501 * KR, C: 72_500 * KR });

    const own = await decideApplication(ctx, { applicationId, outcome: 'innvilget', subGoalSplitOre: { A: 45_001 * KR, C: 100_000 * KR } });
    expect(own.subGoalSplitOre).toEqual({ A: 45_001 * KR, C: 100_000 * KR });

    const error = await validationErrorOf(
      decideApplication(ctx, { applicationId, outcome: 'innvilget', subGoalSplitOre: { A: 45_000 * KR, C: 100_000 * KR } }),
    );
    expect(nbsp(error.fieldErrors['subGoalSplitOre'] ?? '')).toBe(
      'Fordelingen på delmål må til sammen bli det innvilgede beløpet (kr 145 001), men den blir kr 145 000.',
    );
    expect((await ctx.db.decisions.get(first.id))?.subGoalSplitOre).toEqual({ A: 45_001 * KR, C: 100_000 * KR });
  });

  it('checks a sub-goal frame against the split, not an equal share', async () => {
    const ctx = testContext();
    const { callId, applicationId } = await seedApplication(ctx, { subGoals: ['A', 'C'], amountAppliedOre: 100_000 * KR, kind: 'prosjekt' });
    await ctx.db.calls.update(callId, { subGoalFramesOre: { C: 60_000 * KR } });
    // Equal shares (50 000 each) fit; 70 000 under C does not.
    const error = await validationErrorOf(
      decideApplication(ctx, { applicationId, outcome: 'innvilget', subGoalSplitOre: { A: 30_000 * KR, C: 70_000 * KR } }),
    );
    expect(nbsp(error.message)).toContain('Rammen for delmål C kan ikke overskrides. Rammen er kr 60 000');
    await decideApplication(ctx, { applicationId, outcome: 'innvilget' });
  });
});

async function mixedCall() {
  const ctx = testContext();
  const { callId, organisationId } = await seedCallAndOrganisation(ctx);
  const others = [];
  for (const [i, orgnr] of ORGNR.entries()) {
    others.push((await createOrganisation(ctx, organisationInput({ orgnr, name: `Forening ${i}` }))).id);
  }
  const sent = await createApplication(ctx, applicationInput(callId, organisationId, { title: 'Sendt' }));
  const fresh = await createApplication(ctx, applicationInput(callId, others[0]!, { title: 'Ny' }));
  const edited = await createApplication(ctx, applicationInput(callId, others[1]!, { title: 'Endres' }));
  const failed = await createApplication(ctx, applicationInput(callId, others[2]!, { title: 'Under minstebeløpet', amountAppliedOre: 5_000 * KR }));
  // «Sendt» got a grant whose letter went out; «Endres» has an unsent decision.
  const sentDecision = await decideApplication(ctx, { applicationId: sent.id, outcome: 'innvilget' });
  const letter = await saveDecisionLetter(ctx, { decisionId: sentDecision.id, language: 'nb', bytes: PDF });
  await markLetterSent(ctx, letter.id, '2020-03-01');
  await decideApplication(ctx, { applicationId: edited.id, outcome: 'innvilget' });
  return { ctx, ids: { sent: sent.id, fresh: fresh.id, edited: edited.id, failed: failed.id }, sentDecision };
}

describe('bulk decisions over a mix', () => {
  it('previews and then rejects all but the sent one, which stays untouched and is reported', async () => {
    const { ctx, ids, sentDecision } = await mixedCall();
    const all = [ids.sent, ids.fresh, ids.edited, ids.failed];
    const template = { outcome: 'avslatt' as const, justification: 'Rammen er brukt opp.' };

    const preview = await previewBulkDecision(ctx, all, template);
    expect(preview).toMatchObject({ newCount: 2, changedCount: 1, frameProblem: null });
    expect(preview.skipped).toEqual([
      { applicationId: ids.sent, title: 'Sendt', reason: 'locked', message: 'Brevet er sendt, så vedtaket er låst. Bruk «Endre vedtaket» i saken.' },
    ]);

    const decisionsBefore = await ctx.db.decisions.count();
    const sentStored = await ctx.db.decisions.where('applicationId').equals(ids.sent).toArray();
    const result = await bulkDecide(ctx, all, template);
    expect(result.decided.map((d) => d.applicationId).sort()).toEqual([ids.fresh, ids.edited, ids.failed].sort());
    expect(result.skipped.map((s) => s.applicationId)).toEqual([ids.sent]);
    // One new row each for «Ny» and «Under minstebeløpet»; «Endres» changed in place.
    expect(await ctx.db.decisions.count()).toBe(decisionsBefore + 2);
    const sentNow = await ctx.db.decisions.where('applicationId').equals(ids.sent).toArray();
    expect(sentNow).toEqual(sentStored);
    expect(sentNow).toMatchObject([{ id: sentDecision.id, outcome: 'innvilget', lockedAt: '2020-03-01T10:00:00.000Z' }]);
    expect(await verifyChangeLog(ctx.db)).toMatchObject({ ok: true });
  });

  it('skips a grant for a failed screening and says which rule needs an override', async () => {
    const { ctx, ids } = await mixedCall();
    const result = await bulkDecide(ctx, [ids.fresh, ids.failed], { outcome: 'innvilget' });
    expect(result.decided.map((d) => d.applicationId)).toEqual([ids.fresh]);
    expect(result.skipped).toEqual([
      {
        applicationId: ids.failed,
        title: 'Under minstebeløpet',
        reason: 'needsOverride',
        message: 'Ikke bestått formell vurdering (R5); må overstyres med begrunnelse før innvilgelse.',
      },
    ]);
  });

  it('dismisses with the failed rule as the reason when no text is given, and skips one with nothing to name', async () => {
    const { ctx, ids } = await mixedCall();
    const result = await bulkDecide(ctx, [ids.failed, ids.fresh], { outcome: 'avvist' });
    expect(result.decided).toHaveLength(1);
    expect(nbsp(result.decided[0]!.justification)).toBe(
      'Søknaden avvises fordi dette formelle kravet i regelverket ikke er oppfylt:\n' +
        'Søkt beløp kr 5 000 er under minstebeløpet kr 10 000 for enkelttiltak (R5).',
    );
    expect(result.skipped.map((s) => [s.applicationId, s.reason])).toEqual([[ids.fresh, 'needsReason']]);
  });

  it('writes the whole selection as one batch: one change-log row per written row, chain intact', async () => {
    const { ctx, ids } = await mixedCall();
    const logBefore = await ctx.db.changeLog.count();
    await bulkDecide(ctx, [ids.fresh, ids.failed], { outcome: 'avslatt', justification: 'Rammen er brukt opp.' });
    // Two decisions and two applications set to vedtatt.
    expect(await ctx.db.changeLog.count()).toBe(logBefore + 4);
    expect(await verifyChangeLog(ctx.db)).toMatchObject({ ok: true });
    expect((await ctx.db.applications.get(ids.fresh))?.status).toBe('vedtatt');
  });
});

describe('letters made once, sent at once', () => {
  it('makes a batch letter only when the decision has no current letter, so a second run makes none', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    const decision = await decideApplication(ctx, { applicationId, outcome: 'innvilget' });
    expect(await saveBatchLetter(ctx, { decisionId: decision.id, language: 'nb', bytes: PDF })).not.toBeNull();
    expect(await saveBatchLetter(ctx, { decisionId: decision.id, language: 'nb', bytes: PDF })).toBeNull();
    expect(await ctx.db.letters.count()).toBe(1);

    // After the decision changes, its letter is outdated and the batch makes a new one.
    const later = testContext({ db: ctx.db, now: () => new Date('2020-03-05T10:00:00.000Z'), newId: () => 'later' });
    await decideApplication(later, { applicationId, outcome: 'delvis_innvilget', amountGrantedOre: 30_000 * KR, justification: 'Redusert.' });
    expect(await saveBatchLetter(later, { decisionId: decision.id, language: 'nb', bytes: PDF })).not.toBeNull();
    expect(await ctx.db.letters.count()).toBe(2);
  });

  it('marks many letters sent in one go, locks their decisions and skips an outdated one', async () => {
    const { ctx, ids } = await mixedCall();
    await bulkDecide(ctx, [ids.fresh, ids.edited], { outcome: 'avslatt', justification: 'Rammen er brukt opp.' });
    const decisions = await ctx.db.decisions.where('applicationId').anyOf([ids.fresh, ids.edited]).toArray();
    const later = testContext({ db: ctx.db, now: () => new Date('2020-03-02T10:00:00.000Z'), newId: () => `l-${Math.random()}` });
    const letters = [];
    for (const d of decisions) letters.push((await saveBatchLetter(later, { decisionId: d.id, language: 'nb', bytes: PDF }))!);
    const laterStill = testContext({ db: ctx.db, now: () => new Date('2020-03-03T10:00:00.000Z') });
    await decideApplication(laterStill, { applicationId: ids.edited, outcome: 'avslatt', justification: 'Ny begrunnelse.' });

    const result = await markLettersSent(laterStill, letters.map((l) => l.id), '2020-03-03');
    const editedLetter = letters.find((l) => decisions.find((d) => d.id === l.decisionId)?.applicationId === ids.edited)!;
    expect(result.sent.map((l) => l.id)).toEqual(letters.filter((l) => l !== editedLetter).map((l) => l.id));
    expect(result.skipped).toEqual([{ letterId: editedLetter.id, message: 'Vedtaket er endret etter at brevet ble laget. Lag brevet på nytt før det sendes.' }]);
    const freshDecision = decisions.find((d) => d.applicationId === ids.fresh)!;
    expect((await ctx.db.decisions.get(freshDecision.id))?.lockedAt).toBe('2020-03-03T10:00:00.000Z');
    expect(await verifyChangeLog(ctx.db)).toMatchObject({ ok: true });
  });
});
