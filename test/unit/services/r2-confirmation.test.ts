import { describe, expect, it } from 'vitest';
import { confirmR2ForOrganisations } from '@renderer/services/r2-confirmation';
import { createApplication } from '@renderer/services/applications';
import { createCall, changeCallStatus } from '@renderer/services/calls';
import { createOrganisation } from '@renderer/services/organisations';
import { decideApplication } from '@renderer/services/decisions';
import { verifyChangeLog } from '@renderer/services/change-log-verify';
import { testContext, validationErrorOf } from './test-context';
import { ORGNR, applicationInput, callInput, organisationInput, seedCallAndOrganisation } from './applications.fixtures';

async function r2Of(ctx: ReturnType<typeof testContext>, applicationId: string) {
  const s = await ctx.db.screenings.where('applicationId').equals(applicationId).first();
  return s?.results.find((r) => r.rule === 'R2');
}

describe('confirmR2ForOrganisations', () => {
  it("confirms R2 once for the selection's organisations and re-screens all their applications in the call", async () => {
    const ctx = testContext();
    const { callId, organisationId } = await seedCallAndOrganisation(ctx);
    const other = await createOrganisation(ctx, organisationInput({ orgnr: ORGNR[0], name: 'Kvinnenettverket' }));
    const a1 = await createApplication(ctx, applicationInput(callId, organisationId, { title: 'Én' }));
    const a2 = await createApplication(ctx, applicationInput(callId, organisationId, { title: 'To' }));
    const b1 = await createApplication(ctx, applicationInput(callId, other.id, { title: 'Annen' }));
    expect((await ctx.db.screeningSummaries.get(a1.id))?.summary).toBe('skjonn');

    // Only «Én» is selected, but R2 holds for the organisation, so «To» passes too.
    const result = await confirmR2ForOrganisations(ctx, { callId, applicationIds: [a1.id] });
    expect(result).toEqual({ confirmedOrganisationIds: [organisationId], alreadyConfirmedOrganisationIds: [], rescreened: 2 });
    for (const id of [a1.id, a2.id]) {
      expect(await r2Of(ctx, id)).toEqual({
        rule: 'R2',
        result: 'bestatt',
        reason:
          'Kari Saksbehandler bekreftet 01.03.2020 at Bergen Røde Kors driver frivillig virke på ikke-fortjenestebasert og ' +
          'ikke-offentlig basis; det gjelder alle organisasjonens søknader i utlysningen (R2)',
      });
      expect((await ctx.db.screeningSummaries.get(id))?.summary).toBe('bestatt');
    }
    expect((await r2Of(ctx, b1.id))?.result).toBe('skjonn');
    const call = await ctx.db.calls.get(callId);
    expect(call?.r2Confirmations).toEqual([{ organisationId, by: 'Kari Saksbehandler', at: '2020-03-01T10:00:00.000Z' }]);
    expect(await verifyChangeLog(ctx.db)).toMatchObject({ ok: true });
  });

  it('confirms each organisation once, and leaves a decided case on the screening it was decided on', async () => {
    const ctx = testContext();
    const { callId, organisationId } = await seedCallAndOrganisation(ctx);
    const decided = await createApplication(ctx, applicationInput(callId, organisationId, { title: 'Vedtatt' }));
    const open = await createApplication(ctx, applicationInput(callId, organisationId, { title: 'Åpen' }));
    await decideApplication(ctx, { applicationId: decided.id, outcome: 'avslatt', justification: 'Rammen er brukt opp.' });

    const first = await confirmR2ForOrganisations(ctx, { callId, applicationIds: [open.id, decided.id] });
    expect(first.rescreened).toBe(1);
    expect((await r2Of(ctx, decided.id))?.result).toBe('skjonn');
    const logAfterFirst = await ctx.db.changeLog.count();
    const again = await confirmR2ForOrganisations(ctx, { callId, applicationIds: [open.id] });
    expect(again).toEqual({ confirmedOrganisationIds: [], alreadyConfirmedOrganisationIds: [organisationId], rescreened: 0 });
    expect(await ctx.db.changeLog.count()).toBe(logAfterFirst);
  });

  it('holds per call: the same organisation in another call still needs its confirmation', async () => {
    const ctx = testContext();
    const { callId, organisationId } = await seedCallAndOrganisation(ctx);
    const here = await createApplication(ctx, applicationInput(callId, organisationId));
    const otherCall = await createCall(ctx, callInput({ title: 'Høst 2020' }));
    await changeCallStatus(ctx, otherCall.id, 'apen');
    const there = await createApplication(ctx, applicationInput(otherCall.id, organisationId));
    await confirmR2ForOrganisations(ctx, { callId, applicationIds: [here.id] });
    expect((await r2Of(ctx, there.id))?.result).toBe('skjonn');

    const error = await validationErrorOf(confirmR2ForOrganisations(ctx, { callId, applicationIds: [there.id] }));
    expect(error.message).toBe('Én valgt søknad hører ikke til utlysningen «Tilskudd til frivillige organisasjoner 2020».');
  });
});
