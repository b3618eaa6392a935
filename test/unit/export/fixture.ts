// Bergen's 2020: two calls, five decided applications (several sub-goals, a rejection after IMDi
// upheld it, a dismissal, a partial grant after the municipality reversed itself, a repayment), one
// undecided application, and calls that belong to another year or municipality.
import type { AppDatabase } from '@renderer/data/db';
import { defaultCallRules, type Call } from '@renderer/domain/call';
import type { Application } from '@renderer/domain/application';
import type { Organisation } from '@renderer/domain/organisation';
import type { Decision } from '@renderer/domain/decision';
import type { Payment } from '@renderer/domain/payment';
import type { Report } from '@renderer/domain/report';
import type { Appeal } from '@renderer/domain/appeal';
import { withCallOfApplication, withCallOfDecision } from '../fixtures/call-ids';

const meta = (id: string) => ({ id, createdAt: '2020-01-10T08:00:00.000Z', updatedAt: '2020-01-10T08:00:00.000Z' });
const kr = (n: number) => n * 100;

const call = (id: string, title: string, over: Partial<Call> = {}): Call => ({
  ...meta(id), year: 2020, title, municipalityId: '4601', deadline: '2020-03-15', budgetFrameOre: kr(500_000),
  status: 'vedtatt', rules: defaultCallRules(2020), ...over,
});

const org = (id: string, orgnr: string, name: string): Organisation => ({
  ...meta(id), orgnr, name, registeredInFrivillighetsregisteret: true, kind: 'frivillig',
  contactPerson: 'Skal ikke eksporteres', email: 'privat@example.no', phone: '99 99 99 99',
});

const app = (id: string, callId: string, organisationId: string, title: string, over: Partial<Application>): Application => ({
  ...meta(id), callId, organisationId, title, description: '', kind: 'enkelttiltak', subGoals: ['A'],
  targetGroups: ['flyktninger'], amountAppliedOre: kr(10_000), budgetLines: [], location: 'norge',
  imdiSameActivity: false, receptionCentre: false, receivedDate: '2020-02-01', status: 'vedtatt', ...over,
});

const decision = (id: string, applicationId: string, over: Partial<Decision>): Omit<Decision, 'callId'> => ({
  ...meta(id), applicationId, outcome: 'innvilget', amountAppliedOre: 0, amountGrantedOre: 0,
  justification: 'Begrunnelse', conditions: '', decidedAt: '2020-04-01', decidedBy: 'Kari', ...over,
});

const report = (id: string, decisionId: string, over: Partial<Report>): Omit<Report, 'callId'> => ({
  ...meta(id), decisionId, dueDate: '2021-02-01', annualReportReceived: false, accountsReceived: false,
  auditRequired: false, auditedAccountsReceived: false, approved: false, unusedAmountStated: false, unusedAmountOre: 0, ...over,
});

export const TODAY = '2020-12-01';

export async function seedBergen2020(db: AppDatabase): Promise<void> {
  await db.calls.bulkAdd([
    call('call-a', 'Tilskudd 2020'),
    call('call-b', 'Ekstra utlysning høst 2020', { deadline: '2020-09-01', budgetFrameOre: kr(100_000) }),
    call('call-2019', 'Tilskudd 2019', { year: 2019 }),
    call('call-oslo', 'Oslo 2020', { municipalityId: '0301' }),
  ]);
  await db.organisations.bulkAdd([
    org('org-1', '864139442', 'Bergen Røde Kors'),
    org('org-2', '971277882', 'Kirkens Bymisjon'),
    org('org-3', '983163327', '@Forening'),
  ]);
  const applications = [
    app('app-1', 'call-a', 'org-1', 'Språkkafé', { subGoals: ['B', 'A'], amountAppliedOre: kr(40_000), externalId: 'P-1' }),
    app('app-2', 'call-a', 'org-2', 'Jentegruppe', { subGoals: ['C'], kind: 'prosjekt', amountAppliedOre: kr(100_000) }),
    app('app-3', 'call-a', 'org-1', 'Leksehjelp', { subGoals: ['A', 'C'], amountAppliedOre: kr(20_000) }),
    app('app-4', 'call-a', 'org-2', 'Fotball', { subGoals: ['B'], amountAppliedOre: kr(15_000) }),
    app('app-5', 'call-a', 'org-2', 'Ikke avgjort', { amountAppliedOre: kr(99_000), status: 'mottatt' }),
    app('app-6', 'call-b', 'org-3', '+Spesial', {
      subGoals: ['C', 'A', 'B'], kind: 'aktivitet', amountAppliedOre: kr(12_345), externalId: '=HYPERLINK("http://x")',
      receptionCentre: true, targetGroups: ['mottak', 'flyktninger'],
    }),
    app('app-2019', 'call-2019', 'org-1', 'Fjorårets', {}),
    app('app-oslo', 'call-oslo', 'org-1', 'Oslos', {}),
  ];
  await db.applications.bulkAdd(applications);
  const decisions = withCallOfApplication([
    decision('d-1', 'app-1', { amountAppliedOre: kr(40_000), amountGrantedOre: kr(40_000) }),
    // Rejected, appealed, reversed by the municipality itself: a new decision supersedes the old.
    decision('d-2a', 'app-2', { outcome: 'avslatt', amountAppliedOre: kr(100_000) }),
    decision('d-2b', 'app-2', {
      outcome: 'delvis_innvilget', amountAppliedOre: kr(100_000), amountGrantedOre: kr(60_000),
      supersedesDecisionId: 'd-2a', decidedAt: '2020-05-01',
    }),
    decision('d-3', 'app-3', { outcome: 'avslatt', amountAppliedOre: kr(20_000) }),
    decision('d-4', 'app-4', { outcome: 'avvist', amountAppliedOre: kr(15_000) }),
    decision('d-6', 'app-6', { amountAppliedOre: kr(12_345), amountGrantedOre: kr(12_345), decidedAt: '2020-09-20' }),
    decision('d-2019', 'app-2019', { amountAppliedOre: kr(10_000), amountGrantedOre: kr(10_000) }),
    decision('d-oslo', 'app-oslo', { amountAppliedOre: kr(10_000), amountGrantedOre: kr(10_000) }),
  ], applications);
  await db.decisions.bulkAdd(decisions);
  const payment = (id: string, decisionId: string, term: 1 | 2, amount: number, paidDate?: string): Omit<Payment, 'callId'> => ({
    ...meta(id), decisionId, term, amountOre: kr(amount), dueDate: '2020-05-01', ...(paidDate ? { paidDate } : {}),
  });
  await db.payments.bulkAdd(withCallOfDecision([
    payment('p-1a', 'd-1', 1, 20_000, '2020-05-02'),
    payment('p-1b', 'd-1', 2, 20_000),
    payment('p-2', 'd-2b', 1, 60_000, '2020-06-01'),
    payment('p-2019', 'd-2019', 1, 10_000, '2019-06-01'),
  ], decisions));
  await db.reports.bulkAdd(withCallOfDecision([
    report('r-1', 'd-1', { approved: true, annualReportReceived: true, accountsReceived: true, receivedDate: '2020-11-15', unusedAmountOre: kr(2_500) }),
    report('r-6', 'd-6', { dueDate: '2020-11-01' }),
  ], decisions));
  // The unused 2 500 of r-1 claimed back and paid in two parts; a claim on d-2b not paid yet.
  const receipt = (id: string, date: string, amount: number) => ({
    id, date, amountOre: kr(amount), registeredBy: 'Kari', registeredAt: '2020-11-20T08:00:00.000Z',
  });
  await db.repayments.bulkAdd([
    {
      ...meta('rp-1'), decisionId: 'd-1', reportId: 'r-1', basis: 'ubrukte_midler', amountOre: kr(2_500), reason: 'Ubrukt',
      decidedAt: '2020-11-16', decidedBy: 'Kari', deadline: '2020-12-15', accountNumber: '12345678903',
      paymentReference: '20/1', payments: [receipt('i-1', '2020-11-20', 1_000), receipt('i-2', '2020-11-25', 1_500)],
    },
    {
      ...meta('rp-2'), decisionId: 'd-2b', basis: 'brudd_pa_vilkar', amountOre: kr(5_000), reason: 'Brukt til utstyr',
      decidedAt: '2020-11-16', decidedBy: 'Kari', deadline: '2020-12-15', accountNumber: '12345678903',
      paymentReference: '20/2', payments: [],
    },
  ]);
  const appeal = (id: string, decisionId: string, over: Partial<Appeal>): Appeal => ({
    ...meta(id), decisionId, receivedDate: '2020-04-10', withinDeadline: true, ...over,
  });
  await db.appeals.bulkAdd([
    appeal('a-2', 'd-2a', { ownReview: 'omgjort', ownReviewDate: '2020-04-25' }),
    appeal('a-3', 'd-3', { ownReview: 'opprettholdt', forwardedToImdiDate: '2020-04-20', imdiOutcome: 'opprettholdt' }),
  ]);
}
