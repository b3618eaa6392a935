// Registering, reviewing, forwarding and deciding appeals through the services.
import { describe, expect, it } from 'vitest';
import { currentDecisions } from '@renderer/domain/current-decision';
import {
  forwardToImdi,
  correctAppealRegistration,
  recordImdiOutcome,
  recordLateConsideration,
  recordPostponement,
  registerAppeal,
  reverseOnOwnReview,
  upholdOnOwnReview,
} from '@renderer/services/appeals';
import { appealStage, appealFlags } from '@renderer/domain/appeals/stage';
import { testContext, validationErrorOf } from '../services/test-context';
import { KR } from '../services/applications.fixtures';
import { appealInput, seedSentDecision } from './appeal-fixtures';

// Tests run "today" = 2020-05-20, after every date used here.
const LATER = '2020-05-20T10:00:00.000Z';
const ctxAt = () => testContext({ now: () => new Date(LATER) });
const FORWARDING_PDF = new TextEncoder().encode('%PDF-1.7 oversendelse');

describe('registerAppeal', () => {
  it('stores the deadline and finds an appeal delivered by the moved deadline in time', async () => {
    const ctx = ctxAt();
    // Sent 16 March 2020 + 3 post days + 3 weeks = Maundy Thursday 9 April → Tuesday 14 April.
    const { decisionId } = await seedSentDecision(ctx, '2020-03-16');
    const appeal = await registerAppeal(ctx, appealInput(decisionId, { receivedDate: '2020-04-14' }));
    expect(appeal).toMatchObject({ deadlineDate: '2020-04-14', withinDeadline: true, signed: true, channel: 'e-post' });
    expect(appealStage(appeal)).toBe('mottatt');
    expect(appealFlags(appeal)).toEqual([]);
    const log = await ctx.db.changeLog.where('[entity+entityId]').equals(['appeals', appeal.id]).toArray();
    expect(log.map((l) => l.action)).toEqual(['opprettet']);
  });

  it('registers a late appeal flagged, not refused; posted before the end counts as in time (§ 30)', async () => {
    const ctx = ctxAt();
    const { decisionId } = await seedSentDecision(ctx, '2020-03-16');
    const late = await registerAppeal(ctx, appealInput(decisionId, { receivedDate: '2020-04-15', signed: false }));
    expect(late.withinDeadline).toBe(false);
    expect(appealFlags(late)).toEqual(['for_sent', 'mangler_paragraf_31', 'ikke_underskrevet']);
    const posted = await registerAppeal(ctx, appealInput(decisionId, { receivedDate: '2020-04-16', postedDate: '2020-04-14', channel: 'brev' }));
    expect(posted.withinDeadline).toBe(true);
  });

  it('counts from the day the officer says the letter arrived', async () => {
    const ctx = ctxAt();
    const { decisionId } = await seedSentDecision(ctx, '2020-03-16');
    const appeal = await registerAppeal(ctx, appealInput(decisionId, { receivedDate: '2020-04-15', letterReceivedDate: '2020-03-26' }));
    expect(appeal).toMatchObject({ deadlineDate: '2020-04-16', withinDeadline: true });
  });

  it('uses the call\'s post days', async () => {
    const ctx = ctxAt();
    const { decisionId, callId } = await seedSentDecision(ctx, '2020-10-05');
    const call = (await ctx.db.calls.get(callId))!;
    await ctx.db.calls.put({ ...call, rules: { ...call.rules, appealPostDays: 0 } });
    const appeal = await registerAppeal(
      testContext({ now: () => new Date('2020-12-01T10:00:00Z') }),
      appealInput(decisionId, { receivedDate: '2020-10-27' }),
    );
    expect(appeal).toMatchObject({ deadlineDate: '2020-10-26', withinDeadline: false });
  });

  it('refuses bad input with Norwegian messages and writes nothing', async () => {
    const ctx = ctxAt();
    const { decisionId } = await seedSentDecision(ctx);
    const blank = await validationErrorOf(registerAppeal(ctx, appealInput(decisionId, { appellant: ' ', request: '' })));
    expect(blank.fieldErrors).toMatchObject({ appellant: 'Hvem som klager må fylles ut', request: 'Hva klageren ber om må fylles ut' });
    const future = await validationErrorOf(registerAppeal(ctx, appealInput(decisionId, { receivedDate: '2020-06-01' })));
    expect(future.fieldErrors['receivedDate']).toBe('Mottatt-datoen kan ikke være fram i tid.');
    const early = await validationErrorOf(registerAppeal(ctx, appealInput(decisionId, { letterReceivedDate: '2020-03-10' })));
    expect(early.fieldErrors['letterReceivedDate']).toBe('Brevet kan ikke ha kommet fram før det ble sendt (16.03.2020).');
    expect(await ctx.db.appeals.count()).toBe(0);
  });
});

describe('correctAppealRegistration', () => {
  it('computes the deadline again when the officer learns the letter arrived later, until the appeal is handled', async () => {
    const ctx = ctxAt();
    const { decisionId } = await seedSentDecision(ctx, '2020-03-16');
    const late = await registerAppeal(ctx, appealInput(decisionId, { receivedDate: '2020-04-16', comment: 'Ringte først.' }));
    expect(late.withinDeadline).toBe(false);
    const { decisionId: _d, ...rest } = appealInput(decisionId, { receivedDate: '2020-04-16' });
    const corrected = await correctAppealRegistration(ctx, late.id, { ...rest, letterReceivedDate: '2020-03-27' });
    expect(corrected).toMatchObject({ deadlineDate: '2020-04-17', withinDeadline: true, letterReceivedDate: '2020-03-27' });
    expect(corrected.comment).toBeUndefined();
    await upholdOnOwnReview(ctx, late.id, { date: '2020-04-20', comment: 'Ingen nye opplysninger.' });
    const refused = await validationErrorOf(correctAppealRegistration(ctx, late.id, rest));
    expect(refused.message).toBe('Klagen er allerede behandlet, og registreringen kan ikke endres.');
  });
});

describe('§ 31: a late appeal', () => {
  it('must be decided on before review; not considered closes it', async () => {
    const ctx = ctxAt();
    const { decisionId } = await seedSentDecision(ctx);
    const late = await registerAppeal(ctx, appealInput(decisionId, { receivedDate: '2020-04-20' }));
    const error = await validationErrorOf(upholdOnOwnReview(ctx, late.id, { date: '2020-04-21', comment: 'Ingen nye opplysninger.' }));
    expect(error.message).toContain('§ 31');
    const dismissed = await recordLateConsideration(ctx, late.id, { considered: false, reason: 'Ingen grunn til å se bort fra fristen.' });
    expect(appealStage(dismissed)).toBe('avvist');
    const considered = await registerAppeal(ctx, appealInput(decisionId, { receivedDate: '2020-04-20' }));
    const after = await recordLateConsideration(ctx, considered.id, { considered: true, reason: 'Brevet kom fram sent på grunn av feil adresse.' });
    expect(appealStage(after)).toBe('egen_vurdering');
    expect(appealFlags(after)).toEqual(['for_sent']);
  });
});

describe('own review (§ 33)', () => {
  it('reverses: a new decision supersedes the appealed one, in the same transaction as the appeal', async () => {
    const ctx = ctxAt();
    const { decisionId, applicationId } = await seedSentDecision(ctx);
    const appeal = await registerAppeal(ctx, appealInput(decisionId));
    const { appeal: after, decision } = await reverseOnOwnReview(ctx, appeal.id, {
      date: '2020-04-10',
      comment: 'Klagen viser at tiltaket har bred frivillig forankring.',
      decision: { outcome: 'innvilget' },
    });
    expect(decision).toMatchObject({ supersedesDecisionId: decisionId, outcome: 'innvilget', amountGrantedOre: 40_000 * KR });
    expect(after).toMatchObject({ ownReview: 'omgjort', ownReviewDate: '2020-04-10', newDecisionId: decision.id });
    expect(appealStage(after)).toBe('omgjort');
    const all = await ctx.db.decisions.where('applicationId').equals(applicationId).toArray();
    expect(currentDecisions(all).get(applicationId)?.id).toBe(decision.id);
    // Both rows were written by one transaction: their change-log rows are consecutive.
    const log = await ctx.db.changeLog.orderBy(':id').toArray();
    const tail = log.slice(-2).map((l) => l.entity);
    expect(tail).toEqual(['decisions', 'appeals']);
  });

  it('rolls the appeal back when the new decision is refused', async () => {
    const ctx = ctxAt();
    const { decisionId } = await seedSentDecision(ctx);
    const appeal = await registerAppeal(ctx, appealInput(decisionId));
    const error = await validationErrorOf(
      reverseOnOwnReview(ctx, appeal.id, { date: '2020-04-10', comment: 'Omgjort.', decision: { outcome: 'delvis_innvilget', amountGrantedOre: 0, justification: 'x' } }),
    );
    expect(error.fieldErrors['amountGrantedOre']).toContain('delvis innvilgelse');
    expect((await ctx.db.appeals.get(appeal.id))?.ownReview).toBeUndefined();
    expect(await ctx.db.decisions.count()).toBe(1);
  });

  it('upholds and forwards with the letter kept on the appealed decision; IMDi\'s stadfestet closes it', async () => {
    const ctx = ctxAt();
    const { decisionId } = await seedSentDecision(ctx);
    const appeal = await registerAppeal(ctx, appealInput(decisionId));
    const refused = await validationErrorOf(forwardToImdi(ctx, appeal.id, { date: '2020-04-12', language: 'nb', bytes: FORWARDING_PDF }));
    expect(refused.message).toContain('opprettholde');
    const upheld = await upholdOnOwnReview(ctx, appeal.id, { date: '2020-04-10', comment: 'Klagen gir ingen nye opplysninger.' });
    expect(appealStage(upheld)).toBe('egen_vurdering');
    const { appeal: forwarded, letter } = await forwardToImdi(ctx, appeal.id, { date: '2020-04-12', language: 'nn', bytes: FORWARDING_PDF });
    expect(letter).toMatchObject({ decisionId, kind: 'klage_oversendelse', language: 'nn', sentDate: '2020-04-12' });
    expect(letter.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(forwarded).toMatchObject({ forwardedToImdiDate: '2020-04-12', forwardingLetterId: letter.id });
    expect(appealStage(forwarded)).toBe('oversendt');
    const again = await validationErrorOf(forwardToImdi(ctx, appeal.id, { date: '2020-04-13', language: 'nb', bytes: FORWARDING_PDF }));
    expect(again.message).toBe('Klagen er allerede sendt til IMDi.');

    const { appeal: decided, decision } = await recordImdiOutcome(ctx, appeal.id, { outcome: 'opprettholdt', date: '2020-05-10' });
    expect(decision).toBeUndefined();
    expect(appealStage(decided)).toBe('avgjort');
    expect(await ctx.db.decisions.count()).toBe(1);
  });

  it('IMDi omgjort records IMDi\'s new decision, superseding the appealed one, decided by IMDi on its date', async () => {
    const ctx = ctxAt();
    const { decisionId, applicationId } = await seedSentDecision(ctx);
    const appeal = await registerAppeal(ctx, appealInput(decisionId));
    await upholdOnOwnReview(ctx, appeal.id, { date: '2020-04-10', comment: 'Ingen nye opplysninger.' });
    await forwardToImdi(ctx, appeal.id, { date: '2020-04-12', language: 'nb', bytes: FORWARDING_PDF });
    const missing = await validationErrorOf(recordImdiOutcome(ctx, appeal.id, { outcome: 'omgjort', date: '2020-05-10' }));
    expect(missing.fieldErrors['outcome']).toContain('IMDis nye vedtak');
    const { appeal: after, decision } = await recordImdiOutcome(ctx, appeal.id, {
      outcome: 'omgjort',
      date: '2020-05-10',
      decision: { outcome: 'delvis_innvilget', amountGrantedOre: 25_000 * KR, justification: 'IMDi finner at tiltaket oppfyller kriteriene delvis.' },
    });
    expect(decision).toMatchObject({ supersedesDecisionId: decisionId, decidedBy: 'IMDi (klageinstans)', decidedAt: '2020-05-10', amountGrantedOre: 25_000 * KR });
    expect(after).toMatchObject({ imdiOutcome: 'omgjort', imdiOutcomeDate: '2020-05-10', newDecisionId: decision!.id });
    const all = await ctx.db.decisions.where('applicationId').equals(applicationId).toArray();
    expect(currentDecisions(all).get(applicationId)?.id).toBe(decision!.id);
  });
});

describe('§ 42: postponement', () => {
  it('keeps the request and the answer, flagged until answered', async () => {
    const ctx = ctxAt();
    const { decisionId } = await seedSentDecision(ctx);
    const appeal = await registerAppeal(ctx, appealInput(decisionId));
    const asked = await recordPostponement(ctx, appeal.id, { requestedDate: '2020-04-06' });
    expect(appealFlags(asked)).toEqual(['utsettelse_ubesvart']);
    const answered = await recordPostponement(ctx, appeal.id, { requestedDate: '2020-04-06', answer: 'avslatt', answerDate: '2020-04-08', note: 'Vedtaket er et avslag; det er ikke noe å iverksette.' });
    expect(answered).toMatchObject({ postponementAnswer: 'avslatt', postponementAnswerDate: '2020-04-08' });
    expect(appealFlags(answered)).toEqual([]);
    const bad = await validationErrorOf(recordPostponement(ctx, appeal.id, { requestedDate: '2020-04-06', answer: 'innvilget' }));
    expect(bad.fieldErrors['answerDate']).toBe('Oppgi datoen for svaret.');
  });
});
