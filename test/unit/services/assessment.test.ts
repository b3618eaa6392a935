// The assessment services: people, scores, conflicts of interest, the call's setup, and the read
// functions ranking and meetings build on.
import { describe, expect, it } from 'vitest';
import { createApplication } from '@renderer/services/applications';
import { createPerson, listPeople, updatePerson } from '@renderer/services/assessment/people';
import { saveAssessment } from '@renderer/services/assessment/scoring';
import { recordConflict, removeConflict } from '@renderer/services/assessment/conflicts';
import { updateAssessmentSetup } from '@renderer/services/assessment/setup';
import { conflictsForCall, scoreSummariesForCall } from '@renderer/services/assessment/summaries';
import { changeCallStatus } from '@renderer/services/calls';
import { defaultAssessmentSetup } from '@renderer/domain/assessment/default-criteria';
import type { ServiceContext } from '@renderer/services/context';
import { testContext, validationErrorOf } from './test-context';
import { applicationInput, seedApplication } from './applications.fixtures';

const TEN = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9', 'k10'];
const all = (value: number, ids = TEN) => Object.fromEntries(ids.map((id) => [id, value]));

async function seed(ctx: ServiceContext) {
  const { callId, organisationId, applicationId } = await seedApplication(ctx);
  const per = await createPerson(ctx, { name: 'Per Hansen', role: 'utvalgsmedlem' });
  const liv = await createPerson(ctx, { name: 'Liv Berg', role: 'leder' });
  return { callId, organisationId, applicationId, per, liv };
}

describe('people', () => {
  it('are listed by name, refuse a second person of the same name, and are deactivated, not deleted', async () => {
    const ctx = testContext();
    const { per, liv } = await seed(ctx);
    expect((await listPeople(ctx.db)).map((p) => p.name)).toEqual(['Liv Berg', 'Per Hansen']);
    expect((await validationErrorOf(createPerson(ctx, { name: ' per hansen ', role: 'leder' }))).message).toBe(
      'Det finnes allerede en person som heter «Per Hansen».',
    );
    await updatePerson(ctx, per.id, { active: false });
    expect(await listPeople(ctx.db)).toEqual([
      { id: liv.id, name: 'Liv Berg', role: 'leder', active: true },
      { id: per.id, name: 'Per Hansen', role: 'utvalgsmedlem', active: false },
    ]);
    const log = await ctx.db.changeLog.where('[entity+entityId]').equals(['people', per.id]).toArray();
    expect(log.map((e) => e.action)).toEqual(['opprettet', 'endret']);
  });
});

describe('saveAssessment', () => {
  it('checks the call’s scale per criterion and requires every criterion', async () => {
    const ctx = testContext();
    const { applicationId, per } = await seed(ctx);
    const error = await validationErrorOf(saveAssessment(ctx, { applicationId, personId: per.id, scores: { ...all(3), k2: 7 } }));
    expect(error.fieldErrors).toEqual({ 'scores.k2': 'Konkrete og målbare mål: poengsummen må være fra 1 til 6' });
    const missing = await validationErrorOf(saveAssessment(ctx, { applicationId, personId: per.id, scores: { k1: 3 } }));
    expect(missing.message).toMatch(/^Gi poeng for alle kriteriene\. Mangler: Konkrete og målbare mål, /);
    expect(await ctx.db.assessments.count()).toBe(0);
  });

  it('updates the one row per assessor and logs the change', async () => {
    const ctx = testContext();
    const { applicationId, per } = await seed(ctx);
    const first = await saveAssessment(ctx, { applicationId, personId: per.id, scores: all(3), criterionComments: { k1: ' Klar ', k2: '  ' } });
    expect(first.criterionComments).toEqual({ k1: 'Klar' });
    const second = await saveAssessment(ctx, { applicationId, personId: per.id, scores: all(5), comment: 'Bedre enn ventet' });
    expect(second.id).toBe(first.id);
    expect(await ctx.db.assessments.count()).toBe(1);
    const log = await ctx.db.changeLog.where('[entity+entityId]').equals(['assessments', first.id]).toArray();
    expect(log.map((e) => e.action)).toEqual(['opprettet', 'endret']);
  });

  it('refuses a conflicted member with the § 6 ground', async () => {
    const ctx = testContext();
    const { applicationId, liv } = await seed(ctx);
    await recordConflict(ctx, { applicationId, personId: liv.id, ground: 'e', note: 'Sitter i styret', declaredBy: 'medlem' });
    const error = await validationErrorOf(saveAssessment(ctx, { applicationId, personId: liv.id, scores: all(4) }));
    expect(error.message).toBe(
      'Liv Berg er inhabil i denne søknaden (§ 6 første ledd e: leder eller styremedlem i søkerorganisasjonen) og kan ikke gi poeng.',
    );
  });
});

describe('scoreSummariesForCall and conflictsForCall', () => {
  it('average the unconflicted scores, weigh them, and list who is missing', async () => {
    const ctx = testContext();
    const { callId, organisationId, applicationId, per, liv } = await seed(ctx);
    const other = await createApplication(ctx, applicationInput(callId, organisationId, { title: 'Mottakskafé', receptionCentre: true, receptionCentreContact: 'Ola' }));
    const setup = defaultAssessmentSetup();
    setup.criteria = setup.criteria.map((c) => (c.id === 'k1' ? { ...c, weight: 3 } : c));
    await updateAssessmentSetup(ctx, callId, setup);

    await saveAssessment(ctx, { applicationId, personId: per.id, scores: { ...all(2), k1: 6 } });
    await saveAssessment(ctx, { applicationId, personId: liv.id, scores: all(4) });
    await recordConflict(ctx, { applicationId, personId: liv.id, ground: 'b', declaredBy: 'saksbehandler' });

    const summaries = await scoreSummariesForCall(ctx.db, callId);
    const s = summaries.get(applicationId)!;
    expect(s.averageByCriterion.k1).toBe(6);
    expect(s.averageByCriterion.k2).toBe(2);
    // k1 weighs 3, nine others weigh 1: (6*3 + 2*9) / 12.
    expect(s.weightedTotal).toBe(3);
    expect(s.assessorsDone).toEqual([per.id]);
    expect(s.assessorsMissing).toEqual([]);

    const r = summaries.get(other.id)!;
    expect(r.weightedTotal).toBeNull();
    expect(r.assessorsMissing).toEqual([liv.id, per.id]);
    // A reception-centre measure is scored on R8's three points as well.
    const tooFew = await validationErrorOf(saveAssessment(ctx, { applicationId: other.id, personId: per.id, scores: all(4) }));
    expect(tooFew.message).toContain('Samarbeid med mottaksledelsen');

    expect(await conflictsForCall(ctx.db, callId)).toEqual([
      { applicationId, personId: liv.id, personName: 'Liv Berg', ground: 'b', groundLabel: '§ 6 første ledd b: i slekt eller svogerskap med en part' },
    ]);
    const conflict = await ctx.db.conflicts.toCollection().first();
    await removeConflict(ctx, conflict!.id);
    expect((await scoreSummariesForCall(ctx.db, callId)).get(applicationId)!.assessorsDone).toEqual([liv.id, per.id]);
  });
});

describe('updateAssessmentSetup', () => {
  it('refuses to strand stored scores and any change after the decision', async () => {
    const ctx = testContext();
    const { callId, applicationId, per } = await seed(ctx);
    await saveAssessment(ctx, { applicationId, personId: per.id, scores: all(6) });
    const setup = defaultAssessmentSetup();
    const smaller = await validationErrorOf(updateAssessmentSetup(ctx, callId, { ...setup, scale: { ...setup.scale, max: 5 } }));
    expect(smaller.message).toBe('10 poeng som alt er gitt, ligger utenfor skalaen 1–5. Skalaen kan ikke endres slik.');
    const removed = await validationErrorOf(updateAssessmentSetup(ctx, callId, { ...setup, criteria: setup.criteria.filter((c) => c.id !== 'k10') }));
    expect(removed.message).toBe('Kriteriet «k10» har poeng fra 1 vurdering(er) og kan ikke fjernes. Sett vekten til 0 i stedet.');
    const relabelled = await updateAssessmentSetup(ctx, callId, { ...setup, showOthersBeforeScoring: true, criteria: setup.criteria.map((c) => ({ ...c, label: `${c.label}!` })) });
    expect(relabelled.assessment?.showOthersBeforeScoring).toBe(true);

    await changeCallStatus(ctx, callId, 'lukket');
    await changeCallStatus(ctx, callId, 'vedtatt');
    expect((await validationErrorOf(updateAssessmentSetup(ctx, callId, setup))).message).toBe(
      'Vurderingsoppsettet kan ikke endres etter at utlysningen er vedtatt.',
    );
  });
});
