// Puts one decided year straight into the app's IndexedDB (the decision screens are not built yet):
// a call, two organisations, three applications with decisions, and a payment. Rows follow the
// domain schemas, so a backup of them also restores.
import type { Page } from '@playwright/test';

export const EXPORT_YEAR = 2023;
/** Granted in total: 40 000 + 25 000 kroner (the third application is rejected). */
export const EXPORT_GRANTED_KRONER = 65_000;

export async function seedDecidedYear(page: Page): Promise<void> {
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
      ...meta('e2e-export-call'), year, title: `Integreringstilskudd ${year}`, municipalityId: '4601',
      deadline: `${year}-02-05`, budgetFrameOre: kr(500_000), status: 'vedtatt',
      rules: {
        projectMaxOre: kr(1_000_000), singleMeasureMinOre: kr(10_000), splitPaymentThresholdOre: kr(30_000),
        auditThresholdOre: kr(100_000), appealDeadlineWeeks: 3, reportDueDate: `${year + 1}-02-01`,
      },
    });
    const org = (id: string, orgnr: string, name: string) => ({
      ...meta(id), orgnr, name, registeredInFrivillighetsregisteret: true, kind: 'frivillig',
    });
    tx.objectStore('organisations').put(org('e2e-org-1', '864139442', 'Bergen Røde Kors'));
    tx.objectStore('organisations').put(org('e2e-org-2', '971277882', 'Kirkens Bymisjon'));
    const app = (id: string, organisationId: string, title: string, subGoals: string[], applied: number) => ({
      ...meta(id), callId: 'e2e-export-call', organisationId, title, description: '', kind: 'enkelttiltak', subGoals,
      targetGroups: ['flyktninger'], amountAppliedOre: kr(applied), budgetLines: [], location: 'norge',
      imdiSameActivity: false, receptionCentre: false, receivedDate: `${year}-02-01`, status: 'vedtatt',
    });
    tx.objectStore('applications').put(app('e2e-app-1', 'e2e-org-1', 'Språkkafé', ['A', 'B'], 40_000));
    tx.objectStore('applications').put(app('e2e-app-2', 'e2e-org-2', 'Jentegruppe', ['C'], 50_000));
    tx.objectStore('applications').put(app('e2e-app-3', 'e2e-org-2', 'Fotball', ['B'], 15_000));
    const decision = (id: string, applicationId: string, outcome: string, applied: number, granted: number) => ({
      ...meta(id), applicationId, callId: 'e2e-export-call', outcome, amountAppliedOre: kr(applied), amountGrantedOre: kr(granted),
      justification: 'Begrunnelse', conditions: '', decidedAt: `${year}-04-01`, decidedBy: 'Kari Nordmann',
    });
    tx.objectStore('decisions').put(decision('e2e-d-1', 'e2e-app-1', 'innvilget', 40_000, 40_000));
    tx.objectStore('decisions').put(decision('e2e-d-2', 'e2e-app-2', 'delvis_innvilget', 50_000, 25_000));
    tx.objectStore('decisions').put(decision('e2e-d-3', 'e2e-app-3', 'avslatt', 15_000, 0));
    tx.objectStore('payments').put({
      ...meta('e2e-p-1'), decisionId: 'e2e-d-1', callId: 'e2e-export-call', term: 1, amountOre: kr(40_000), dueDate: `${year}-05-01`, paidDate: `${year}-05-02`,
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, EXPORT_YEAR);
}
