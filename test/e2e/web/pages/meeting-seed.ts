// A call ready for the committee, put straight into IndexedDB: a 100 000 kr frame, two projects
// that passed the screening and are scored (5 and 3), a single measure that failed R5, two
// committee members, and Liv Berg's conflict of interest (§ 6 e) on the second project.
import type { Page } from '@playwright/test';

export const MEETING_SEED = {
  callId: 'm-call',
  callTitle: 'Tilskudd til frivillige 2020',
  high: 'Jenter i bevegelse',
  low: 'Leksehjelp på huset',
  failed: 'Lite tiltak',
  chair: 'Liv Berg',
  member: 'Per Hansen',
} as const;

export async function seedMeetingCall(page: Page): Promise<void> {
  await page.evaluate(async (s) => {
    const at = '2020-02-10T08:00:00.000Z';
    const meta = (id: string) => ({ id, createdAt: at, updatedAt: at });
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tilskudd-frivillige');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const stores = ['calls', 'organisations', 'applications', 'screenings', 'screeningSummaries', 'people', 'assessments', 'conflicts'];
    const tx = db.transaction(stores, 'readwrite');
    tx.objectStore('calls').put({
      ...meta(s.callId), year: 2020, title: s.callTitle, municipalityId: '4601', deadline: '2020-02-05',
      budgetFrameOre: 10_000_000, status: 'lukket',
      rules: { projectMaxOre: 100_000_000, singleMeasureMinOre: 1_000_000, splitPaymentThresholdOre: 3_000_000, auditThresholdOre: 10_000_000, appealDeadlineWeeks: 3, reportDueDate: '2021-02-01' },
    });
    tx.objectStore('organisations').put({
      ...meta('m-org'), orgnr: '974760673', name: 'Bergen Røde Kors', registeredInFrivillighetsregisteret: true, registryCheckedAt: '2020-01-10', kind: 'frivillig',
    });
    const apps = [
      { id: 'm-app-1', title: s.high, kind: 'prosjekt', amount: 7_000_000, received: '2020-02-01', pass: true },
      { id: 'm-app-2', title: s.low, kind: 'prosjekt', amount: 6_000_000, received: '2020-02-02', pass: true },
      { id: 'm-app-3', title: s.failed, kind: 'enkelttiltak', amount: 500_000, received: '2020-02-03', pass: false },
    ];
    for (const a of apps) {
      tx.objectStore('applications').put({
        ...meta(a.id), callId: s.callId, organisationId: 'm-org', title: a.title, description: '', kind: a.kind, subGoals: ['B'],
        targetGroups: ['flyktninger'], amountAppliedOre: a.amount, budgetLines: [], location: 'norge', imdiSameActivity: false,
        receptionCentre: false, receivedDate: a.received, status: 'under_behandling',
      });
      const results = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8'].map((rule) => ({
        rule,
        result: rule === 'R5' && !a.pass ? 'ikke_bestatt' : 'bestatt',
        reason: rule === 'R5' && !a.pass ? 'Søkt beløp kr 5 000 er under minstebeløpet kr 10 000 for enkelttiltak' : 'Oppfylt',
      }));
      tx.objectStore('screenings').put({ ...meta(`scr-${a.id}`), applicationId: a.id, results, overrides: [], screenedAt: at });
      tx.objectStore('screeningSummaries').put({ applicationId: a.id, summary: a.pass ? 'bestatt' : 'ikke_bestatt' });
    }
    tx.objectStore('people').put({ ...meta('p-liv'), name: s.chair, role: 'leder', active: true });
    tx.objectStore('people').put({ ...meta('p-per'), name: s.member, role: 'utvalgsmedlem', active: true });
    const all = (n: number) => Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i + 1}`, n]));
    tx.objectStore('assessments').put({ ...meta('as-1'), applicationId: 'm-app-1', personId: 'p-per', scores: all(5), source: 'program' });
    tx.objectStore('assessments').put({ ...meta('as-2'), applicationId: 'm-app-2', personId: 'p-per', scores: all(3), source: 'program' });
    tx.objectStore('conflicts').put({ ...meta('c-1'), applicationId: 'm-app-2', personId: 'p-liv', ground: 'e', note: 'Sitter i styret', declaredBy: 'medlem', declaredDate: '2020-02-11' });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, MEETING_SEED);
}
