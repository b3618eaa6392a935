// The overview's browser test data, straight into the app's IndexedDB: one decided call with a case
// in every state «Å gjøre» counts, and an open call whose application deadline falls in the coming
// days. Today is 20.04.2023 (the test sets the clock); «Frister» reaches 04.05.2023.
import type { Page } from '@playwright/test';

export const OVERVIEW_TODAY = new Date('2023-04-20T10:00:00+02:00');
export const DECIDED_CALL = { id: 'e2e-ov-call-1', title: 'Integreringstilskudd 2023' };
export const OPEN_CALL = { id: 'e2e-ov-call-2', title: 'Ekstra runde 2023' };

type Row = Record<string, unknown>;

const KR = 100;
const at = '2023-01-10T08:00:00.000Z';
const meta = (id: string, when = at) => ({ id, createdAt: when, updatedAt: when });
const rules = {
  projectMaxOre: 1_000_000 * KR, singleMeasureMinOre: 10_000 * KR, splitPaymentThresholdOre: 30_000 * KR,
  auditThresholdOre: 100_000 * KR, appealDeadlineWeeks: 3, appealPostDays: 3, reportDueDate: '2024-02-01',
};
const scores = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i + 1}`, 4]));

/** The applications' titles, by what waits on them. */
export const TITLES = {
  a1: 'Leksehjelp i Loddefjord', // not screened
  a2: 'Kvinnegruppe på Årstad', // screening needs judgement
  a3: 'Fotball for alle', // recommended, not decided
  a4: 'Trukket søknad', // withdrawn
  a5: 'Strikkekafé', // rejected, no letter
  a6: 'Sykkelkurs', // letter made, not sent
  a7: 'Jentegruppe', // acceptance overdue
  a8: 'Språkkafé for nyankomne', // acceptance and appeal deadline coming, open appeal
  a9: 'Norsktrening på biblioteket', // term due, report due soon
  a10: 'Matlaging på tvers', // report overdue, claim unpaid
  b1: 'Nabolagsfest', // the open call's
} as const;

function application(key: keyof typeof TITLES, status: string, callId = DECIDED_CALL.id): Row {
  return {
    ...meta(`e2e-ov-${key}`), callId, organisationId: 'e2e-ov-org', title: TITLES[key], description: '', kind: 'enkelttiltak',
    subGoals: ['A'], targetGroups: ['flyktninger'], amountAppliedOre: 20_000 * KR, budgetLines: [], location: 'norge',
    imdiSameActivity: false, receptionCentre: false, receivedDate: '2023-02-01', status,
  };
}

function decision(n: string, extra: Row = {}): Row {
  return {
    ...meta(`e2e-ov-d${n}`, '2023-02-20T08:00:00.000Z'), applicationId: `e2e-ov-a${n}`, callId: DECIDED_CALL.id, outcome: 'innvilget', amountAppliedOre: 20_000 * KR,
    amountGrantedOre: 20_000 * KR, justification: '', conditions: '', decidedAt: '2023-02-20', decidedBy: 'Kari Nordmann', ...extra,
  };
}

function letter(n: string, day: string, sent: boolean): Row {
  return {
    ...meta(`e2e-ov-l${n}`, `${day}T08:30:00.000Z`), decisionId: `e2e-ov-d${n}`, kind: 'innvilgelse', language: 'nb',
    ...(sent ? { sentDate: day } : {}), sha256: 'a'.repeat(64),
  };
}

function report(n: string, dueDate: string): Row {
  return {
    ...meta(`e2e-ov-rep${n}`), decisionId: `e2e-ov-d${n}`, callId: DECIDED_CALL.id, dueDate, annualReportReceived: false, accountsReceived: false, auditRequired: false,
    auditedAccountsReceived: false, approved: false, unusedAmountOre: 0, unusedAmountStated: false,
  };
}

function claim(id: string, deadline: string, extra: Row = {}): Row {
  return {
    ...meta(id), decisionId: 'e2e-ov-d10', basis: 'ubrukte_midler', amountOre: 5_000 * KR, reason: 'Ubrukte midler.', decidedAt: '2023-04-05',
    decidedBy: 'Kari Nordmann', deadline, accountNumber: '12345678903', paymentReference: '23/1', payments: [], ...extra,
  };
}

const locked = (day: string) => ({ lockedAt: `${day}T09:00:00.000Z` });

export const OVERVIEW_ROWS: Record<string, Row[]> = {
  calls: [
    { ...meta(DECIDED_CALL.id), year: 2023, title: DECIDED_CALL.title, municipalityId: '4601', deadline: '2023-02-05', budgetFrameOre: 500_000 * KR, status: 'vedtatt', rules },
    { ...meta(OPEN_CALL.id), year: 2023, title: OPEN_CALL.title, municipalityId: '4601', deadline: '2023-04-25', budgetFrameOre: 100_000 * KR, status: 'apen', rules },
  ],
  organisations: [{ ...meta('e2e-ov-org'), orgnr: '864139442', name: 'Bergen Røde Kors', registeredInFrivillighetsregisteret: true, kind: 'frivillig' }],
  applications: [
    application('a1', 'mottatt'), application('a2', 'under_behandling'), application('a3', 'vurdert'), application('a4', 'trukket'),
    application('a5', 'vedtatt'), application('a6', 'vedtatt'), application('a7', 'vedtatt'), application('a8', 'vedtatt'),
    application('a9', 'vedtatt'), application('a10', 'vedtatt'), application('b1', 'mottatt', OPEN_CALL.id),
  ],
  screeningSummaries: [{ applicationId: 'e2e-ov-a2', summary: 'skjonn' }, { applicationId: 'e2e-ov-a3', summary: 'bestatt' }],
  people: [
    { ...meta('e2e-ov-p1'), name: 'Anne Assessor', role: 'utvalgsmedlem', active: true },
    { ...meta('e2e-ov-p2'), name: 'Bjørn Bedømmer', role: 'utvalgsmedlem', active: true },
  ],
  assessments: [
    { ...meta('e2e-ov-s1'), applicationId: 'e2e-ov-a1', personId: 'e2e-ov-p1', scores, source: 'program' },
    { ...meta('e2e-ov-s2'), applicationId: 'e2e-ov-a3', personId: 'e2e-ov-p2', scores, source: 'program' },
  ],
  conflicts: [{ ...meta('e2e-ov-c1'), applicationId: 'e2e-ov-a2', personId: 'e2e-ov-p2', ground: 'd', declaredBy: 'medlem', declaredDate: '2023-03-01' }],
  meetings: [{ ...meta('e2e-ov-m1'), callId: DECIDED_CALL.id, date: '2023-04-25', members: [], agendaApplicationIds: ['e2e-ov-a1', 'e2e-ov-a2', 'e2e-ov-a3'], minutes: '' }],
  recommendations: [
    { ...meta('e2e-ov-r3'), callId: DECIDED_CALL.id, applicationId: 'e2e-ov-a3', amountOre: 10_000 * KR, reason: '' },
    { ...meta('e2e-ov-r7'), callId: DECIDED_CALL.id, applicationId: 'e2e-ov-a7', amountOre: 20_000 * KR, reason: '' },
  ],
  decisions: [
    decision('5', { outcome: 'avslatt', amountGrantedOre: 0, justification: 'Lav score.' }),
    decision('6', { outcome: 'avslatt', amountGrantedOre: 0, justification: 'Lav score.' }),
    decision('7', locked('2023-03-01')), decision('8', locked('2023-04-10')),
    decision('9', locked('2023-01-10')), decision('10', locked('2022-12-01')),
  ],
  letters: [letter('6', '2023-03-01', false), letter('7', '2023-03-01', true), letter('8', '2023-04-10', true), letter('9', '2023-01-10', true), letter('10', '2022-12-01', true)],
  acceptances: [
    { ...meta('e2e-ov-acc9'), decisionId: 'e2e-ov-d9', status: 'akseptert', receivedDate: '2023-01-20', channel: 'e-post' },
    { ...meta('e2e-ov-acc10'), decisionId: 'e2e-ov-d10', status: 'akseptert', receivedDate: '2022-12-10', channel: 'e-post' },
  ],
  payments: [
    { ...meta('e2e-ov-pay9'), decisionId: 'e2e-ov-d9', callId: DECIDED_CALL.id, term: 1, amountOre: 20_000 * KR, dueDate: '2023-04-15' },
    { ...meta('e2e-ov-pay10'), decisionId: 'e2e-ov-d10', callId: DECIDED_CALL.id, term: 1, amountOre: 20_000 * KR, dueDate: '2022-12-20', paidDate: '2022-12-20' },
  ],
  reports: [report('9', '2023-04-30'), report('10', '2023-04-01')],
  repayments: [
    claim('e2e-ov-k1', '2023-04-28'),
    claim('e2e-ov-k2', '2023-04-29', { withdrawn: { date: '2023-04-06', reason: 'Feil.', by: 'Kari Nordmann', at } }),
  ],
  appeals: [
    { ...meta('e2e-ov-ap1'), decisionId: 'e2e-ov-d8', receivedDate: '2023-04-18', withinDeadline: true },
    { ...meta('e2e-ov-ap2'), decisionId: 'e2e-ov-d7', receivedDate: '2023-03-10', withinDeadline: true, ownReview: 'opprettholdt', forwardedToImdiDate: '2023-03-20' },
  ],
};

export async function seedOverview(page: Page): Promise<void> {
  await page.evaluate(async (tables) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tilskudd-frivillige');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction([...Object.keys(tables), 'letterHeads'], 'readwrite');
    // The program keeps each letter's head (no bytes) beside it, in the same transaction.
    const headOf = ({ id, decisionId, createdAt, sentDate, language, sha256, kind }: Record<string, unknown>) => (sentDate === undefined ? { id, decisionId, createdAt, language, sha256, kind } : { id, decisionId, createdAt, sentDate, language, sha256, kind });
    for (const [table, rows] of Object.entries(tables)) {
      for (const row of rows) {
        // Letters hold their PDF's bytes.
        tx.objectStore(table).put(table === 'letters' ? { ...row, bytes: new TextEncoder().encode('%PDF-1.7 vedtaksbrev') } : row);
        if (table === 'letters') tx.objectStore('letterHeads').put(headOf(row as Record<string, unknown>));
      }
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, OVERVIEW_ROWS);
}
