// Puts a call and an organisation straight into the app's IndexedDB (the organisations screen is
// not built yet), so the application tests start from what an officer would have set up.
import type { Page } from '@playwright/test';

export const SEED_CALL = { id: 'e2e-call', title: 'Integreringstilskudd 2020' } as const;
export const SEED_ORG = { id: 'e2e-org', name: 'Språkvenner Bergen', orgnr: '974760673' } as const;

export async function seedCallAndOrganisation(page: Page): Promise<void> {
  await page.evaluate(
    async ({ call, org }) => {
      const at = '2020-01-10T08:00:00.000Z';
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('tilskudd-frivillige');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(['calls', 'organisations'], 'readwrite');
      tx.objectStore('calls').put({
        id: call.id,
        createdAt: at,
        updatedAt: at,
        year: 2020,
        title: call.title,
        municipalityId: '4601',
        deadline: '2020-02-05',
        budgetFrameOre: 1_000_000_000,
        status: 'apen',
        rules: {
          projectMaxOre: 100_000_000,
          singleMeasureMinOre: 1_000_000,
          splitPaymentThresholdOre: 3_000_000,
          auditThresholdOre: 10_000_000,
          appealDeadlineWeeks: 3,
          reportDueDate: '2021-02-01',
        },
      });
      tx.objectStore('organisations').put({
        id: org.id,
        createdAt: at,
        updatedAt: at,
        orgnr: org.orgnr,
        name: org.name,
        registeredInFrivillighetsregisteret: true,
        registryCheckedAt: '2020-01-10',
        kind: 'frivillig',
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { call: SEED_CALL, org: SEED_ORG },
  );
}
