// A small municipality over two years, written through the services where they exist and as
// stored rows for decisions, payments, claims and proposals: each test reads it back.
import type { Acceptance } from '@renderer/domain/acceptance';
import type { Decision } from '@renderer/domain/decision';
import type { Payment } from '@renderer/domain/payment';
import type { Recommendation } from '@renderer/domain/recommendation';
import type { Repayment } from '@renderer/domain/repayment';
import { changeApplicationStatus, createApplication } from '@renderer/services/applications';
import { changeCallStatus, createCall } from '@renderer/services/calls';
import { createOrganisation } from '@renderer/services/organisations';
import { FIXED_NOW, testContext } from '../../test-context';
import { withCallOfApplication, withCallOfDecision } from '../../../fixtures/call-ids';
import { KR, ORGNR, applicationInput, callInput, organisationInput } from '../../applications.fixtures';

const meta = (id: string) => ({ id, createdAt: FIXED_NOW, updatedAt: FIXED_NOW });

export function decisionRow(id: string, applicationId: string, grantedKr: number, extra: Partial<Decision> = {}): Omit<Decision, 'callId'> {
  return {
    ...meta(id),
    applicationId,
    outcome: grantedKr > 0 ? 'innvilget' : 'avslatt',
    amountAppliedOre: grantedKr * KR,
    amountGrantedOre: grantedKr * KR,
    justification: grantedKr > 0 ? '' : 'Ikke nok midler',
    conditions: '',
    decidedAt: '2020-04-01',
    decidedBy: 'Kari Saksbehandler',
    ...extra,
  };
}

export function paymentRow(id: string, decisionId: string, kr: number, paidDate?: string): Omit<Payment, 'callId'> {
  return { ...meta(id), decisionId, term: 1, amountOre: kr * KR, dueDate: '2020-05-01', ...(paidDate ? { paidDate } : {}) };
}

export function repaymentRow(id: string, decisionId: string, paidKr: number[]): Repayment {
  return {
    ...meta(id), decisionId, basis: 'ubrukte_midler', amountOre: 10_000 * KR, reason: 'Ubrukte midler',
    decidedAt: '2020-12-01', decidedBy: 'Kari', deadline: '2021-01-15', accountNumber: '12345678903', paymentReference: '20/1',
    payments: paidKr.map((kr, i) => ({ id: `${id}-${i}`, date: '2020-12-20', amountOre: kr * KR, registeredBy: 'Kari', registeredAt: FIXED_NOW })),
  };
}

export function proposalRow(id: string, callId: string, applicationId: string, kr: number, extra: Partial<Recommendation> = {}): Recommendation {
  return { ...meta(id), callId, applicationId, amountOre: kr * KR, reason: '', ...extra };
}

export function lapsedRow(id: string, decisionId: string): Acceptance {
  return { ...meta(id), decisionId, status: 'bortfalt', lapsedDate: '2020-06-01' };
}

/**
 * 2019 (closed): one application from Røde Kors, granted 30 000, paid 30 000, 5 000 repaid.
 * 2020 (open, frame 2 000 000, C frame 500 000):
 *  a1 Røde Kors, A+C 100 000, decided 100 000 then changed to 80 000; 50 000 paid, 20 000 due;
 *  a2 other org, B 40 000, granted 40 000 but the grant lapsed;
 *  a3 other org, C prosjekt 200 000, officer proposal 150 000 then committee 120 000;
 *  a4 Røde Kors, B 60 000, withdrawn, with an old proposal;
 *  a5 other org, A 20 000, nothing yet.
 */
export async function seedYears() {
  const ctx = testContext();
  const { db } = ctx;
  const old = await createCall(ctx, callInput({ year: 2019, title: 'Tilskudd 2019', deadline: '2019-02-05' }));
  await changeCallStatus(ctx, old.id, 'apen');
  await changeCallStatus(ctx, old.id, 'lukket');
  const call = await createCall(ctx, callInput({ subGoalFramesOre: { C: 500_000 * KR } }));
  await changeCallStatus(ctx, call.id, 'apen');
  const roed = await createOrganisation(ctx, organisationInput());
  const other = await createOrganisation(ctx, organisationInput({ orgnr: ORGNR[0], name: 'Språkkafé Nord' }));
  const add = (callId: string, orgId: string, patch: Parameters<typeof applicationInput>[2]) =>
    createApplication(ctx, applicationInput(callId, orgId, patch));
  const a0 = await add(old.id, roed.id, { amountAppliedOre: 30_000 * KR, receivedDate: '2019-02-01' });
  const a1 = await add(call.id, roed.id, { subGoals: ['A', 'C'], amountAppliedOre: 100_000 * KR, kind: 'aktivitet', targetGroups: ['flyktninger', 'mottak'] });
  const a2 = await add(call.id, other.id, { subGoals: ['B'], amountAppliedOre: 40_000 * KR });
  const a3 = await add(call.id, other.id, {
    subGoals: ['C'], amountAppliedOre: 200_000 * KR, kind: 'prosjekt', targetGroups: ['lokalbefolkning', 'flyktninger'],
    totalBudgetOre: 200_000 * KR, budgetLines: [{ category: 'aktivitet', description: 'Kurs', amountOre: 200_000 * KR }],
  });
  const a4 = await add(call.id, roed.id, { subGoals: ['B'], amountAppliedOre: 60_000 * KR });
  const a5 = await add(call.id, other.id, { subGoals: ['A'], amountAppliedOre: 20_000 * KR, targetGroups: ['arbeidsinnvandrere'] });
  await db.recommendations.bulkAdd([proposalRow('r4', call.id, a4.id, 60_000)]);
  await changeApplicationStatus(ctx, a4.id, 'trukket');
  const decisions = withCallOfApplication([
    decisionRow('d0', a0.id, 30_000, { decidedAt: '2019-04-01' }),
    decisionRow('d1', a1.id, 100_000),
    decisionRow('d1b', a1.id, 80_000, { supersedesDecisionId: 'd1', decidedAt: '2020-04-10', subGoalSplitOre: { A: 30_000 * KR, C: 50_000 * KR } }),
    decisionRow('d2', a2.id, 40_000),
  ], [a0, a1, a2]);
  await db.decisions.bulkAdd(decisions);
  await db.acceptances.bulkAdd([lapsedRow('x2', 'd2')]);
  await db.payments.bulkAdd(withCallOfDecision([
    paymentRow('p0', 'd0', 30_000, '2019-05-01'),
    paymentRow('p1', 'd1b', 50_000, '2020-05-02'),
    paymentRow('p2', 'd1b', 30_000),
  ], decisions));
  await db.repayments.bulkAdd([repaymentRow('rp0', 'd0', [2_000, 3_000])]);
  await db.recommendations.bulkAdd([
    proposalRow('r3a', call.id, a3.id, 150_000),
    proposalRow('r3b', call.id, a3.id, 120_000, { meetingId: 'm1', outcome: 'delvis_innvilget', updatedAt: '2020-03-01T09:00:00.000Z' }),
    // A proposal for an application already decided does not count as proposed.
    proposalRow('r1', call.id, a1.id, 90_000),
  ]);
  return { ctx, db, oldCallId: old.id, callId: call.id, roedId: roed.id, otherId: other.id, ids: { a0: a0.id, a1: a1.id, a2: a2.id, a3: a3.id, a4: a4.id, a5: a5.id } };
}
