// Correcting and undoing an acceptance or a lapse (R11), and the refusals an officer meets.
import { describe, expect, it } from 'vitest';
import { recordAcceptance, recordLapse } from '@renderer/services/acceptance';
import { correctAcceptance, undoAcceptance, undoLapse } from '@renderer/services/acceptance/corrections';
import { getCallBudget } from '@renderer/services/call-budget';
import { verifyChangeLog } from '@renderer/services/change-log-verify';
import { decideApplication } from '@renderer/services/decisions';
import { createApplication } from '@renderer/services/applications';
import { createOrganisation } from '@renderer/services/organisations';
import { updateCall } from '@renderer/services/calls';
import { markTermsPaid } from '@renderer/services/payments/mark-paid';
import { testContext, validationErrorOf } from '../services/test-context';
import { ACCOUNT, KR, ORGNR, applicationInput, organisationInput } from '../services/applications.fixtures';
import { seedSentGrant } from './grant-fixtures';

describe('correctAcceptance', () => {
  it('changes date, channel and note, logged as one change', async () => {
    const ctx = testContext();
    const { decisionId } = await seedSentGrant(ctx);
    const { acceptance } = await recordAcceptance(ctx, { decisionId, receivedDate: '2020-03-10', channel: 'e-post' });
    const fixed = await correctAcceptance(ctx, { decisionId, receivedDate: '2020-03-05', channel: 'brev', note: 'Kom i posten' });
    expect(fixed).toMatchObject({ id: acceptance.id, receivedDate: '2020-03-05', channel: 'brev', note: 'Kom i posten' });
    expect(await ctx.db.acceptances.get(acceptance.id)).toMatchObject({ receivedDate: '2020-03-05', channel: 'brev' });
    const log = await ctx.db.changeLog.where('[entity+entityId]').equals(['acceptances', acceptance.id]).toArray();
    expect(log.map((e) => e.action)).toEqual(['opprettet', 'endret']);
  });

  it('refuses a date before the letter was sent, or after a term was paid', async () => {
    const ctx = testContext();
    const { decisionId } = await seedSentGrant(ctx);
    const { released } = await recordAcceptance(ctx, { decisionId, receivedDate: '2020-03-10', channel: 'e-post' });
    const early = await validationErrorOf(correctAcceptance(ctx, { decisionId, receivedDate: '2020-02-20', channel: 'e-post' }));
    expect(early.fieldErrors['receivedDate']).toBe('Aksepten kan ikke ha kommet før vedtaksbrevet ble sendt (01.03.2020).');
    await markTermsPaid(ctx, [released[0]!.id], '2020-03-12');
    const late = await validationErrorOf(correctAcceptance(ctx, { decisionId, receivedDate: '2020-03-13', channel: 'e-post' }));
    expect(late.fieldErrors['receivedDate']).toBe('En termin ble utbetalt 12.03.2020. Aksepten kan ikke ha kommet etter det.');
    expect((await ctx.db.acceptances.toArray())[0]!.receivedDate).toBe('2020-03-10');
  });

  it('refuses when no acceptance is recorded', async () => {
    const ctx = testContext();
    const { decisionId } = await seedSentGrant(ctx);
    const error = await validationErrorOf(correctAcceptance(ctx, { decisionId, receivedDate: '2020-03-05', channel: 'brev' }));
    expect(error.message).toBe('Det er ingen registrert aksept for «Norsktrening på biblioteket» å rette eller angre.');
  });
});

describe('undoAcceptance', () => {
  it('removes the acceptance and withdraws the unpaid terms in one logged transaction', async () => {
    const ctx = testContext();
    const { decisionId } = await seedSentGrant(ctx);
    await recordAcceptance(ctx, { decisionId, receivedDate: '2020-03-10', channel: 'e-post' });
    expect(await ctx.db.payments.count()).toBe(2);
    await undoAcceptance(ctx, decisionId);
    expect(await ctx.db.acceptances.count()).toBe(0);
    expect(await ctx.db.payments.count()).toBe(0);
    const deleted = await ctx.db.changeLog.filter((e) => e.action === 'slettet').toArray();
    expect(deleted.map((e) => e.entity).sort()).toEqual(['acceptances', 'payments', 'payments']);
    expect((await verifyChangeLog(ctx.db)).ok).toBe(true);
    // The grant waits for acceptance again and can be accepted anew.
    const again = await recordAcceptance(ctx, { decisionId, receivedDate: '2020-03-11', channel: 'portal' });
    expect(again.released).toHaveLength(2);
  });

  it('is refused once a term is paid, saying why, and nothing changes', async () => {
    const ctx = testContext();
    const { decisionId } = await seedSentGrant(ctx);
    const { released } = await recordAcceptance(ctx, { decisionId, receivedDate: '2020-03-10', channel: 'e-post' });
    await markTermsPaid(ctx, [released[0]!.id], '2020-03-25');
    const error = await validationErrorOf(undoAcceptance(ctx, decisionId));
    expect(error.message).toBe(
      'Aksepten for «Norsktrening på biblioteket» kan ikke angres: termin 1 ble utbetalt 25.03.2020. ' +
        'Pengene er gått ut på grunnlag av aksepten; rett heller datoen, eller lag et krav om tilbakebetaling.',
    );
    expect(await ctx.db.acceptances.count()).toBe(1);
    expect(await ctx.db.payments.count()).toBe(2);
  });
});

describe('undoLapse', () => {
  it('puts the amount back in the frame and lets the grant be accepted', async () => {
    const ctx = testContext();
    const { decisionId, callId } = await seedSentGrant(ctx);
    await recordLapse(ctx, { decisionIds: [decisionId], lapsedDate: '2020-03-23' });
    expect((await getCallBudget(ctx.db, callId)).total.grantedOre).toBe(0);
    await undoLapse(ctx, decisionId);
    expect((await getCallBudget(ctx.db, callId)).total.grantedOre).toBe(40_000 * KR);
    expect(await ctx.db.acceptances.count()).toBe(0);
    expect(await ctx.db.changeLog.filter((e) => e.entity === 'acceptances' && e.action === 'slettet').count()).toBe(1);
    await expect(recordAcceptance(ctx, { decisionId, receivedDate: '2020-03-24', channel: 'brev' })).resolves.toBeTruthy();
  });

  it('is refused when the freed amount was granted to another application and the frame would be exceeded', async () => {
    const ctx = testContext();
    const { decisionId, callId } = await seedSentGrant(ctx);
    await updateCall(ctx, callId, { budgetFrameOre: 40_000 * KR });
    const other = await createOrganisation(ctx, organisationInput({ orgnr: ORGNR[0], name: 'Kvinnenettverket', accountNumber: ACCOUNT }));
    const second = await createApplication(ctx, applicationInput(callId, other.id, { title: 'Jentegruppe' }));
    await recordLapse(ctx, { decisionIds: [decisionId], lapsedDate: '2020-03-23' });
    await decideApplication(ctx, { applicationId: second.id, outcome: 'innvilget' });
    const error = await validationErrorOf(undoLapse(ctx, decisionId));
    expect(error.message).toMatch(/^Bortfallet for «Norsktrening på biblioteket» kan ikke angres, fordi beløpet er brukt i nye vedtak\. Rammen kan ikke overskrides\./);
    expect((await ctx.db.acceptances.toArray())[0]?.status).toBe('bortfalt');
  });

  it('is refused when the grant has not lapsed', async () => {
    const ctx = testContext();
    const { decisionId } = await seedSentGrant(ctx);
    await recordAcceptance(ctx, { decisionId, receivedDate: '2020-03-10', channel: 'e-post' });
    expect((await validationErrorOf(undoLapse(ctx, decisionId))).message).toBe('Tilskuddet til «Norsktrening på biblioteket» er ikke registrert som bortfalt.');
  });
});
