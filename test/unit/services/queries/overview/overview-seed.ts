// One decided call (2023 rules) with applications in every state the overview counts, and an open
// call whose application deadline falls in the coming days, written straight into the tables.
// TODAY is 2023-04-20; the horizon of «Frister» is 2023-05-04.
import type { AppDatabase } from '@renderer/data/db';
import { DEFAULT_CRITERIA } from '@renderer/domain/assessment/default-criteria';
import { defaultCallRules } from '@renderer/domain/call';
import type { Decision } from '@renderer/domain/decision';

export const TODAY = '2023-04-20';
export const CALL = 'call-1';
export const OPEN_CALL = 'call-2';
const KR = 100;
const at = '2023-01-10T08:00:00.000Z';
const meta = (id: string, when = at) => ({ id, createdAt: when, updatedAt: when });
const ALL_SCORES = Object.fromEntries(DEFAULT_CRITERIA.filter((c) => c.appliesTo === 'alle').map((c) => [c.id, 4]));

function application(id: string, status: string, callId = CALL) {
  return {
    ...meta(id), callId, organisationId: 'org-1', title: `Tiltak ${id}`, description: '', kind: 'enkelttiltak' as const,
    subGoals: ['A' as const], targetGroups: ['flyktninger' as const], amountAppliedOre: 20_000 * KR, budgetLines: [],
    location: 'norge' as const, imdiSameActivity: false, receptionCentre: false, receivedDate: '2023-02-01',
    status: status as 'mottatt',
  };
}

function decision(id: string, applicationId: string, extra: Partial<Decision> = {}): Decision {
  return {
    ...meta(id, '2023-02-20T08:00:00.000Z'), applicationId, callId: CALL, outcome: 'innvilget', amountAppliedOre: 20_000 * KR, amountGrantedOre: 20_000 * KR,
    justification: '', conditions: '', decidedAt: '2023-02-20', decidedBy: 'Kari Nordmann', ...extra,
  } as Decision;
}

function letter(id: string, decisionId: string, day: string, sent: boolean) {
  return {
    ...meta(id, `${day}T08:30:00.000Z`), decisionId, kind: 'innvilgelse' as const, language: 'nb' as const,
    ...(sent ? { sentDate: day } : {}), sha256: 'a'.repeat(64), bytes: new TextEncoder().encode('%PDF-1.7'),
  };
}

function claim(id: string, decisionId: string, deadline: string, extra: object = {}) {
  return {
    ...meta(id), decisionId, basis: 'ubrukte_midler' as const, amountOre: 5_000 * KR, reason: 'Ubrukte midler.', decidedAt: '2023-04-05',
    decidedBy: 'Kari Nordmann', deadline, accountNumber: '12345678903', paymentReference: '23/1', payments: [], ...extra,
  };
}

export async function seedOverview(db: AppDatabase): Promise<void> {
  await db.calls.bulkAdd([
    { ...meta(CALL), year: 2023, title: 'Tilskudd 2023', municipalityId: '4601', deadline: '2023-02-05', budgetFrameOre: 500_000 * KR, status: 'vedtatt', rules: defaultCallRules(2023) },
    { ...meta(OPEN_CALL), year: 2023, title: 'Ekstra runde 2023', municipalityId: '4601', deadline: '2023-04-25', budgetFrameOre: 100_000 * KR, status: 'apen', rules: defaultCallRules(2023) },
  ]);
  await db.organisations.add({ ...meta('org-1'), orgnr: '864139442', name: 'Bergen Røde Kors', registeredInFrivillighetsregisteret: true, kind: 'frivillig' });
  await db.applications.bulkAdd([
    application('a1', 'mottatt'), // not screened
    application('a2', 'under_behandling'), // screening needs judgement
    application('a3', 'vurdert'), // screened, passed; recommended, not decided
    application('a4', 'trukket'), // withdrawn: waits for nothing
    application('a5', 'vedtatt'), // decided (rejected), no letter
    application('a6', 'vedtatt'), // letter made, not sent
    application('a7', 'vedtatt'), // letter sent 01.03: acceptance overdue
    application('a8', 'vedtatt'), // letter sent 10.04: acceptance and appeal deadlines coming; open appeal
    application('a9', 'vedtatt'), // accepted; term due 15.04 unpaid; report due 30.04
    application('a10', 'vedtatt'), // report overdue; one unpaid claim, one withdrawn, one paid
    application('b1', 'mottatt', OPEN_CALL), // the other call's: never counted for call-1
  ]);
  await db.screeningSummaries.bulkAdd([
    { applicationId: 'a2', summary: 'skjonn' },
    { applicationId: 'a3', summary: 'bestatt' },
  ]);
  await db.people.bulkAdd([
    { ...meta('p1'), name: 'Anne Assessor', role: 'utvalgsmedlem', active: true },
    { ...meta('p2'), name: 'Bjørn Bedømmer', role: 'utvalgsmedlem', active: true },
    { ...meta('p3'), name: 'Cecilie Sluttet', role: 'utvalgsmedlem', active: false },
  ]);
  await db.assessments.bulkAdd([
    { ...meta('s1'), applicationId: 'a1', personId: 'p1', scores: ALL_SCORES, source: 'program' },
    { ...meta('s2'), applicationId: 'a3', personId: 'p2', scores: ALL_SCORES, source: 'program' },
    // A decided case: its missing scores wait for nobody.
  ]);
  await db.conflicts.add({ ...meta('ci1'), applicationId: 'a2', personId: 'p2', ground: 'd', declaredBy: 'medlem', declaredDate: '2023-03-01' });
  await db.meetings.bulkAdd([
    { ...meta('m0'), callId: CALL, date: '2023-03-01', members: [], agendaApplicationIds: ['a1'], minutes: '' },
    { ...meta('m1'), callId: CALL, date: '2023-04-25', members: [], agendaApplicationIds: ['a1', 'a2', 'a3'], minutes: '' },
  ]);
  await db.recommendations.bulkAdd([
    { ...meta('r3'), callId: CALL, applicationId: 'a3', amountOre: 10_000 * KR, reason: '' },
    { ...meta('r4'), callId: CALL, applicationId: 'a4', amountOre: 10_000 * KR, reason: '' },
    { ...meta('r7'), callId: CALL, applicationId: 'a7', amountOre: 20_000 * KR, reason: '' },
  ]);
  const locked = (day: string) => ({ lockedAt: `${day}T09:00:00.000Z` });
  await db.decisions.bulkAdd([
    decision('d5', 'a5', { outcome: 'avslatt', amountGrantedOre: 0, justification: 'Lav score.' }),
    decision('d6', 'a6', { outcome: 'avslatt', amountGrantedOre: 0, justification: 'Lav score.' }),
    decision('d7', 'a7', locked('2023-03-01')),
    decision('d8', 'a8', locked('2023-04-10')),
    decision('d9', 'a9', locked('2023-01-10')),
    decision('d10', 'a10', locked('2022-12-01')),
  ]);
  await db.letters.bulkAdd([
    letter('l6', 'd6', '2023-03-01', false),
    letter('l7', 'd7', '2023-03-01', true),
    letter('l8', 'd8', '2023-04-10', true),
    letter('l9', 'd9', '2023-01-10', true),
    letter('l10', 'd10', '2022-12-01', true),
  ]);
  await db.acceptances.bulkAdd([
    { ...meta('acc9'), decisionId: 'd9', status: 'akseptert', receivedDate: '2023-01-20', channel: 'e-post' },
    { ...meta('acc10'), decisionId: 'd10', status: 'akseptert', receivedDate: '2022-12-10', channel: 'e-post' },
  ]);
  await db.payments.bulkAdd([
    { ...meta('pay9'), decisionId: 'd9', callId: CALL, term: 1, amountOre: 20_000 * KR, dueDate: '2023-04-15' },
    { ...meta('pay10'), decisionId: 'd10', callId: CALL, term: 1, amountOre: 20_000 * KR, dueDate: '2022-12-20', paidDate: '2022-12-20' },
  ]);
  await db.reports.bulkAdd([
    { ...meta('rep9'), decisionId: 'd9', callId: CALL, dueDate: '2023-04-30', annualReportReceived: false, accountsReceived: false, auditRequired: false, auditedAccountsReceived: false, approved: false, unusedAmountOre: 0, unusedAmountStated: false },
    { ...meta('rep10'), decisionId: 'd10', callId: CALL, dueDate: '2023-04-01', annualReportReceived: false, accountsReceived: false, auditRequired: false, auditedAccountsReceived: false, approved: false, unusedAmountOre: 0, unusedAmountStated: false },
  ]);
  await db.repayments.bulkAdd([
    claim('k1', 'd10', '2023-04-28'),
    claim('k2', 'd10', '2023-04-29', { withdrawn: { date: '2023-04-06', reason: 'Feil.', by: 'Kari', at } }),
    claim('k3', 'd10', '2023-04-30', { payments: [{ id: 'kp', date: '2023-04-10', amountOre: 5_000 * KR, registeredBy: 'Kari', registeredAt: at }] }),
  ]);
  await db.appeals.bulkAdd([
    { ...meta('ap1'), decisionId: 'd8', receivedDate: '2023-04-18', withinDeadline: true },
    { ...meta('ap2'), decisionId: 'd7', receivedDate: '2023-03-10', withinDeadline: true, ownReview: 'opprettholdt', forwardedToImdiDate: '2023-03-20' },
  ]);
}
