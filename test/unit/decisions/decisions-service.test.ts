import { describe, expect, it } from 'vitest';
import { bulkDecide, decideApplication, markLetterSent, saveDecisionLetter } from '@renderer/services/decisions';
import { createApplication } from '@renderer/services/applications';
import { createOrganisation } from '@renderer/services/organisations';
import { testContext, validationErrorOf } from '../services/test-context';
import {
  KR,
  ORGNR,
  applicationInput,
  organisationInput,
  seedApplication,
  seedCallAndOrganisation,
} from '../services/applications.fixtures';
import { updateCall } from '@renderer/services/calls';
import { overrideScreeningRule } from '@renderer/services/screening';

const PDF = new TextEncoder().encode('%PDF-1.7 test letter');

describe('decideApplication', () => {
  it('grants in full without a justification, sets the application to vedtatt and logs both', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    const decision = await decideApplication(ctx, { applicationId, outcome: 'innvilget' });

    expect(decision).toMatchObject({
      outcome: 'innvilget',
      amountAppliedOre: 40_000 * KR,
      amountGrantedOre: 40_000 * KR,
      decidedAt: '2020-03-01',
      decidedBy: 'Kari Saksbehandler',
    });
    expect((await ctx.db.applications.get(applicationId))?.status).toBe('vedtatt');
    const log = await ctx.db.changeLog.where('[entity+entityId]').equals(['decisions', decision.id]).toArray();
    expect(log.map((l) => l.action)).toEqual(['opprettet']);
  });

  it('requires a justification for a partial grant, a rejection and a dismissal', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    for (const [outcome, amount] of [['delvis_innvilget', 20_000 * KR], ['avslatt', 0], ['avvist', 0]] as const) {
      const error = await validationErrorOf(
        decideApplication(ctx, { applicationId, outcome, amountGrantedOre: amount, justification: '  ' }),
      );
      expect(error.fieldErrors['justification']).toBe('Begrunnelse må fylles ut når søknaden ikke innvilges fullt ut');
    }
    expect(await ctx.db.decisions.count()).toBe(0);
    expect((await ctx.db.applications.get(applicationId))?.status).toBe('mottatt');
  });

  it('refuses a partial grant that is not below the amount applied for', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    const error = await validationErrorOf(
      decideApplication(ctx, { applicationId, outcome: 'delvis_innvilget', amountGrantedOre: 40_000 * KR, justification: 'Redusert' }),
    );
    expect(error.message).toContain('delvis innvilgelse');
  });

  it('refuses to exceed the call frame and names the amounts', async () => {
    const ctx = testContext();
    const { callId, organisationId } = await seedCallAndOrganisation(ctx);
    await updateCall(ctx, callId, { budgetFrameOre: 100_000 * KR });
    const first = await createApplication(ctx, applicationInput(callId, organisationId, { amountAppliedOre: 80_000 * KR }));
    const other = await createOrganisation(ctx, organisationInput({ orgnr: ORGNR[0], name: 'Kvinnenettverket' }));
    const second = await createApplication(ctx, applicationInput(callId, other.id, { amountAppliedOre: 50_000 * KR }));
    await decideApplication(ctx, { applicationId: first.id, outcome: 'innvilget' });

    const error = await validationErrorOf(decideApplication(ctx, { applicationId: second.id, outcome: 'innvilget' }));
    expect(error.message.replace(/\u00a0/g, ' ')).toBe(
      'Rammen kan ikke overskrides. Vedtaket innvilger kr 50 000, men rammen er kr 100 000, kr 80 000 er allerede innvilget, og bare kr 20 000 er igjen.',
    );
    expect(await ctx.db.decisions.count()).toBe(1);

    // What is left fits.
    const partial = await decideApplication(ctx, {
      applicationId: second.id,
      outcome: 'delvis_innvilget',
      amountGrantedOre: 20_000 * KR,
      justification: 'Rammen er brukt opp utover dette.',
    });
    expect(partial.amountGrantedOre).toBe(20_000 * KR);
  });

  it('edits the decision in place until its letter is sent, then a change is a new decision', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    const first = await decideApplication(ctx, { applicationId, outcome: 'avslatt', justification: 'Lav måloppnåelse.' });
    const edited = await decideApplication(ctx, { applicationId, outcome: 'avslatt', justification: 'Rammen er brukt opp.' });
    expect(edited.id).toBe(first.id);
    expect(await ctx.db.decisions.count()).toBe(1);

    const letter = await saveDecisionLetter(ctx, { decisionId: first.id, language: 'nb', bytes: PDF });
    expect(letter.kind).toBe('avslag');
    expect(letter.sha256).toMatch(/^[0-9a-f]{64}$/);
    await markLetterSent(ctx, letter.id, '2020-03-02');
    expect((await ctx.db.decisions.get(first.id))?.lockedAt).toBe('2020-03-01T10:00:00.000Z');
    expect((await ctx.db.letters.get(letter.id))?.sentDate).toBe('2020-03-02');

    const changed = await decideApplication(ctx, { applicationId, outcome: 'innvilget' });
    expect(changed.id).not.toBe(first.id);
    expect(changed.supersedesDecisionId).toBe(first.id);
    const history = await ctx.db.decisions.where('applicationId').equals(applicationId).toArray();
    expect(history.map((d) => d.outcome).sort()).toEqual(['avslatt', 'innvilget']);
    expect((await ctx.db.decisions.get(first.id))?.justification).toBe('Rammen er brukt opp.');
  });

  it('refuses to send a letter twice, or a letter made before the decision changed', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    const decision = await decideApplication(ctx, { applicationId, outcome: 'innvilget' });
    const letter = await saveDecisionLetter(ctx, { decisionId: decision.id, language: 'nb', bytes: PDF });

    const later = testContext({ db: ctx.db, now: () => new Date('2020-03-05T10:00:00.000Z'), newId: () => 'later' });
    await decideApplication(later, { applicationId, outcome: 'delvis_innvilget', amountGrantedOre: 30_000 * KR, justification: 'Redusert budsjett.' });
    const stale = await validationErrorOf(markLetterSent(later, letter.id, '2020-03-05'));
    expect(stale.message).toBe('Vedtaket er endret etter at brevet ble laget. Lag brevet på nytt før det sendes.');

    const fresh = await saveDecisionLetter(later, { decisionId: decision.id, language: 'nn', bytes: PDF });
    await markLetterSent(later, fresh.id, '2020-03-05');
    const twice = await validationErrorOf(markLetterSent(later, fresh.id, '2020-03-06'));
    expect(twice.message).toBe('Brevet er allerede markert som sendt 05.03.2020.');
  });

  it('refuses a withdrawn application', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    await ctx.db.applications.update(applicationId, { status: 'trukket' });
    const error = await validationErrorOf(decideApplication(ctx, { applicationId, outcome: 'innvilget' }));
    expect(error.message).toBe('Søknaden «Norsktrening på biblioteket» er trukket og kan ikke få vedtak.');
  });
});

describe('bulkDecide', () => {
  async function threeApplications() {
    const ctx = testContext();
    const { callId, organisationId } = await seedCallAndOrganisation(ctx);
    const ids = [organisationId];
    for (const [i, orgnr] of ORGNR.slice(0, 2).entries()) {
      ids.push((await createOrganisation(ctx, organisationInput({ orgnr, name: `Forening ${i}`, registeredInFrivillighetsregisteret: false }))).id);
    }
    const apps = [];
    for (const orgId of ids) apps.push(await createApplication(ctx, applicationInput(callId, orgId)));
    return { ctx, callId, apps };
  }

  it('dismisses a selection with a reason template, in one transaction', async () => {
    const { ctx, apps } = await threeApplications();
    const { decided: decisions, skipped } = await bulkDecide(ctx, [apps[1]!.id, apps[2]!.id], {
      outcome: 'avvist',
      reasonTemplateId: 'ikke-frivillighetsregisteret',
    });
    expect(skipped).toEqual([]);
    expect(decisions).toHaveLength(2);
    for (const d of decisions) {
      expect(d.outcome).toBe('avvist');
      expect(d.amountGrantedOre).toBe(0);
      expect(d.justification).toContain('ikke registrert i Frivillighetsregisteret');
    }
    const statuses = await Promise.all(apps.map(async (a) => (await ctx.db.applications.get(a.id))?.status));
    expect(statuses).toEqual(['mottatt', 'vedtatt', 'vedtatt']);
  });

  it('skips a withdrawn application and says so, deciding the rest', async () => {
    const { ctx, apps } = await threeApplications();
    await ctx.db.applications.update(apps[2]!.id, { status: 'trukket' });
    const { decided, skipped } = await bulkDecide(ctx, apps.map((a) => a.id), {
      outcome: 'avvist',
      reasonTemplateId: 'ikke-frivillighetsregisteret',
    });
    expect(decided.map((d) => d.applicationId).sort()).toEqual([apps[0]!.id, apps[1]!.id].sort());
    expect(skipped).toEqual([{ applicationId: apps[2]!.id, title: 'Norsktrening på biblioteket', reason: 'closed', message: 'Søknaden er trukket.' }]);
  });

  it('writes nothing when the grants together exceed the frame', async () => {
    const { ctx, callId, apps } = await threeApplications();
    // Only the registered organisation's application passed R1; the others would need an override.
    for (const app of apps.slice(1)) {
      await overrideScreeningRule(ctx, { applicationId: app.id, rule: 'R1', result: 'bestatt', reason: 'Registrert etter kontroll' });
    }
    await updateCall(ctx, callId, { budgetFrameOre: 100_000 * KR });
    const logBefore = await ctx.db.changeLog.count();
    const error = await validationErrorOf(bulkDecide(ctx, apps.map((a) => a.id), { outcome: 'innvilget' }));
    expect(await ctx.db.changeLog.count()).toBe(logBefore);
    expect(error.message.replace(/\u00a0/g, ' ')).toBe(
      'Rammen kan ikke overskrides. Vedtakene innvilger til sammen kr 120 000, men rammen er kr 100 000, kr 0 er allerede innvilget, og bare kr 100 000 er igjen.',
    );
    expect(await ctx.db.decisions.count()).toBe(0);
  });

  it('names an unknown reason template', async () => {
    const { ctx, apps } = await threeApplications();
    const error = await validationErrorOf(bulkDecide(ctx, [apps[0]!.id], { outcome: 'avslatt', reasonTemplateId: 'finnes-ikke' }));
    expect(error.message).toBe('Fant ikke begrunnelsesmalen «finnes-ikke».');
  });
});

describe('bulkDecide over a large selection', () => {
  it('decides in the order given and logs each decision before its application, editing a decision in place', async () => {
    const ctx = testContext();
    const { callId, organisationId } = await seedCallAndOrganisation(ctx);
    const apps: { id: string }[] = [];
    // More than the few ids read one by one: the selection is read as one span of the call.
    for (let i = 0; i < 40; i++) apps.push(await createApplication(ctx, applicationInput(callId, organisationId)));
    const edited = await decideApplication(ctx, { applicationId: apps[7]!.id, outcome: 'avslatt', justification: 'Først avslått.' });
    await ctx.db.applications.update(apps[3]!.id, { status: 'trukket' });
    // Not in key order: every third from the end, then the rest.
    const order = [...apps.map((a) => a.id).filter((_, i) => i % 3 === 0).reverse(), ...apps.map((a) => a.id).filter((_, i) => i % 3 !== 0)];
    const logBefore = await ctx.db.changeLog.count();

    const { decided, skipped } = await bulkDecide(ctx, order, { outcome: 'avslatt', justification: 'Ikke prioritert.' });

    const expected = order.filter((id) => id !== apps[3]!.id);
    expect(decided.map((d) => d.applicationId)).toEqual(expected);
    expect(skipped.map((s) => s.applicationId)).toEqual([apps[3]!.id]);
    expect(decided.find((d) => d.applicationId === apps[7]!.id)?.id).toBe(edited.id);
    const log = await ctx.db.changeLog.where(':id').above(logBefore).toArray();
    // The application already decided is vedtatt, so only its decision is logged.
    expect(log.map((e) => `${e.entity}:${e.entityId}`)).toEqual(
      decided.flatMap((d) => [`decisions:${d.id}`, ...(d.applicationId === apps[7]!.id ? [] : [`applications:${d.applicationId}`])]),
    );
    expect(log.find((e) => e.entityId === edited.id)?.action).toBe('endret');
  });
});
