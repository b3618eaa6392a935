// Two grants whose decision letters are sent, straight into the app's IndexedDB: Språkkafé (40 000 kr,
// above the split threshold, letter 10.04.2023, account number valid) and Jentegruppe (20 000 kr,
// letter 01.03.2023 so its acceptance is overdue on 20.04.2023, no account number).
import type { Page } from '@playwright/test';

export const PAY_YEAR = 2023;
export const PAY_TODAY = new Date('2023-04-20T10:00:00+02:00');
export const CAFE = 'Språkkafé for nyankomne';
export const GIRLS = 'Jentegruppe';

export async function seedSentGrants(page: Page): Promise<void> {
  await page.evaluate(async (year) => {
    const meta = (id: string, at: string) => ({ id, createdAt: at, updatedAt: at });
    const kr = (n: number) => n * 100;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tilskudd-frivillige');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['calls', 'organisations', 'applications', 'decisions', 'letters', 'letterHeads'], 'readwrite');
    const at = `${year}-01-10T08:00:00.000Z`;
    tx.objectStore('calls').put({
      ...meta('e2e-pay-call', at), year, title: `Integreringstilskudd ${year}`, municipalityId: '4601', archiveCaseNumber: '23/04567',
      deadline: `${year}-02-05`, budgetFrameOre: kr(500_000), status: 'vedtatt',
      rules: {
        projectMaxOre: kr(1_000_000), singleMeasureMinOre: kr(10_000), splitPaymentThresholdOre: kr(30_000),
        auditThresholdOre: kr(100_000), appealDeadlineWeeks: 3, reportDueDate: `${year + 1}-02-01`,
      },
    });
    tx.objectStore('organisations').put({
      ...meta('e2e-pay-org-1', at), orgnr: '864139442', name: 'Bergen Røde Kors', registeredInFrivillighetsregisteret: true, kind: 'frivillig',
      accountNumber: '12345678903',
    });
    tx.objectStore('organisations').put({
      ...meta('e2e-pay-org-2', at), orgnr: '971277882', name: 'Kirkens Bymisjon', registeredInFrivillighetsregisteret: true, kind: 'frivillig',
    });
    const app = (id: string, organisationId: string, title: string, applied: number) => ({
      ...meta(id, at), callId: 'e2e-pay-call', organisationId, title, description: '', kind: 'enkelttiltak', subGoals: ['A'],
      targetGroups: ['flyktninger'], amountAppliedOre: kr(applied), budgetLines: [], location: 'norge',
      imdiSameActivity: false, receptionCentre: false, receivedDate: `${year}-02-01`, status: 'vedtatt',
    });
    tx.objectStore('applications').put(app('e2e-pay-app-1', 'e2e-pay-org-1', 'Språkkafé for nyankomne', 40_000));
    tx.objectStore('applications').put(app('e2e-pay-app-2', 'e2e-pay-org-2', 'Jentegruppe', 20_000));
    const decision = (id: string, applicationId: string, amount: number, day: string) => ({
      ...meta(id, `${day}T08:00:00.000Z`), applicationId, callId: 'e2e-pay-call', outcome: 'innvilget', amountAppliedOre: kr(amount), amountGrantedOre: kr(amount),
      justification: '', conditions: '', decidedAt: day, decidedBy: 'Kari Nordmann', lockedAt: `${day}T09:00:00.000Z`,
    });
    tx.objectStore('decisions').put(decision('e2e-pay-d-1', 'e2e-pay-app-1', 40_000, `${year}-04-10`));
    tx.objectStore('decisions').put(decision('e2e-pay-d-2', 'e2e-pay-app-2', 20_000, `${year}-03-01`));
    const letter = (id: string, decisionId: string, day: string) => ({
      ...meta(id, `${day}T08:30:00.000Z`), decisionId, kind: 'innvilgelse', language: 'nb', sentDate: day,
      sha256: 'a'.repeat(64), bytes: new TextEncoder().encode('%PDF-1.7 vedtaksbrev'),
    });
    // Each letter with its head (no bytes), as the program keeps them.
    for (const l of [letter('e2e-pay-l-1', 'e2e-pay-d-1', `${year}-04-10`), letter('e2e-pay-l-2', 'e2e-pay-d-2', `${year}-03-01`)]) {
      tx.objectStore('letters').put(l);
      tx.objectStore('letterHeads').put({ id: l.id, decisionId: l.decisionId, createdAt: l.createdAt, sentDate: l.sentDate, language: l.language, sha256: l.sha256, kind: l.kind });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, PAY_YEAR);
}
