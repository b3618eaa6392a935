// Puts two paid grants straight into the app's IndexedDB (payments are another area's screens): a
// call for 2024 (report due 1 February 2025, so both reports are overdue), two organisations, and
// two applications granted and paid in full. Rows follow the domain schemas.
import type { Page } from '@playwright/test';

export const REPORTS_YEAR = 2024;

export async function seedPaidGrants(page: Page): Promise<void> {
  await page.evaluate(async (year) => {
    const at = `${year}-01-10T08:00:00.000Z`;
    const meta = (id: string) => ({ id, createdAt: at, updatedAt: at });
    const kr = (n: number) => n * 100;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tilskudd-frivillige');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['calls', 'organisations', 'applications', 'decisions', 'payments'], 'readwrite');
    tx.objectStore('calls').put({
      ...meta('rr-call'), year, title: `Integreringstilskudd ${year}`, municipalityId: '4601', deadline: `${year}-02-05`,
      budgetFrameOre: kr(500_000), status: 'vedtatt', archiveCaseNumber: '24/00451',
      rules: {
        projectMaxOre: kr(1_000_000), singleMeasureMinOre: kr(10_000), splitPaymentThresholdOre: kr(30_000),
        auditThresholdOre: kr(100_000), appealDeadlineWeeks: 3, reportDueDate: `${year + 1}-02-01`,
      },
    });
    const org = (id: string, orgnr: string, name: string) => ({
      ...meta(id), orgnr, name, registeredInFrivillighetsregisteret: true, kind: 'frivillig', address: 'Kong Oscars gate 62\n5017 Bergen',
    });
    tx.objectStore('organisations').put(org('rr-org-1', '864139442', 'Bergen Røde Kors'));
    tx.objectStore('organisations').put(org('rr-org-2', '971277882', 'Kirkens Bymisjon'));
    const app = (id: string, organisationId: string, title: string, applied: number) => ({
      ...meta(id), callId: 'rr-call', organisationId, title, description: '', kind: 'prosjekt', subGoals: ['A'],
      targetGroups: ['flyktninger'], amountAppliedOre: kr(applied), budgetLines: [], location: 'norge',
      imdiSameActivity: false, receptionCentre: false, receivedDate: `${year}-02-01`, status: 'vedtatt',
    });
    tx.objectStore('applications').put(app('rr-app-1', 'rr-org-1', 'Språkkafé', 150_000));
    tx.objectStore('applications').put(app('rr-app-2', 'rr-org-2', 'Leksehjelp', 40_000));
    const decision = (id: string, applicationId: string, granted: number) => ({
      ...meta(id), applicationId, callId: 'rr-call', outcome: 'innvilget', amountAppliedOre: kr(granted), amountGrantedOre: kr(granted),
      justification: '', conditions: '', decidedAt: `${year}-04-01`, decidedBy: 'Kari Nordmann', lockedAt: at,
    });
    tx.objectStore('decisions').put(decision('rr-d-1', 'rr-app-1', 150_000));
    tx.objectStore('decisions').put(decision('rr-d-2', 'rr-app-2', 40_000));
    const payment = (id: string, decisionId: string, term: number, amount: number) => ({
      ...meta(id), decisionId, callId: 'rr-call', term, amountOre: kr(amount), dueDate: `${year}-05-01`, paidDate: `${year}-05-02`,
    });
    tx.objectStore('payments').put(payment('rr-p-1', 'rr-d-1', 1, 75_000));
    tx.objectStore('payments').put(payment('rr-p-2', 'rr-d-1', 2, 75_000));
    tx.objectStore('payments').put(payment('rr-p-3', 'rr-d-2', 1, 40_000));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, REPORTS_YEAR);
}
