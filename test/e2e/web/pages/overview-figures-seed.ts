// An open call in several states beside last year's decided one (export-seed.ts), straight into
// the app's IndexedDB: five applications from received to decided, one withdrawn, with screening
// results, a proposal and a grant, so every figure on Oversikt can be checked against the rows.
import type { Page } from '@playwright/test';
import { seedDecidedYear } from './export-seed';

export const OPEN_YEAR = 2024;
export const OPEN_CALL_TITLE = `Integreringstilskudd ${OPEN_YEAR}`;

export async function seedOpenCallBesideDecidedYear(page: Page): Promise<void> {
  await seedDecidedYear(page);
  await page.evaluate(async (year) => {
    const at = `${year}-01-10T08:00:00.000Z`;
    const meta = (id: string) => ({ id, createdAt: at, updatedAt: at });
    const kr = (n: number) => n * 100;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tilskudd-frivillige');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['calls', 'applications', 'decisions', 'screeningSummaries', 'recommendations'], 'readwrite');
    tx.objectStore('calls').put({
      ...meta('e2e-open-call'), year, title: `Integreringstilskudd ${year}`, municipalityId: '4601',
      deadline: `${year}-02-05`, budgetFrameOre: kr(600_000), subGoalFramesOre: { C: kr(200_000) }, status: 'apen',
      rules: {
        projectMaxOre: kr(1_000_000), singleMeasureMinOre: kr(10_000), splitPaymentThresholdOre: kr(30_000),
        auditThresholdOre: kr(100_000), appealDeadlineWeeks: 3, reportDueDate: `${year + 1}-02-01`,
      },
    });
    const app = (id: string, organisationId: string, title: string, kind: string, subGoals: string[], targetGroups: string[], applied: number, status: string) => ({
      ...meta(id), callId: 'e2e-open-call', organisationId, title, description: '', kind, subGoals, targetGroups,
      amountAppliedOre: kr(applied), budgetLines: [], location: 'norge', imdiSameActivity: false, receptionCentre: false,
      receivedDate: `${year}-02-01`, status,
    });
    const apps = tx.objectStore('applications');
    apps.put(app('e2e-o1', 'e2e-org-1', 'Leksehjelp', 'prosjekt', ['A', 'B'], ['flyktninger', 'familieinnvandrere'], 120_000, 'vedtatt'));
    apps.put(app('e2e-o2', 'e2e-org-2', 'Kvinnegruppe', 'enkelttiltak', ['C'], ['mottak'], 30_000, 'vurdert'));
    apps.put(app('e2e-o3', 'e2e-org-2', 'Fotballag', 'aktivitet', ['B'], ['lokalbefolkning', 'flyktninger'], 15_000, 'under_behandling'));
    apps.put(app('e2e-o4', 'e2e-org-1', 'Turgruppe', 'enkelttiltak', ['A'], ['flyktninger'], 20_000, 'mottatt'));
    apps.put(app('e2e-o5', 'e2e-org-1', 'Sykkelkurs', 'enkelttiltak', ['A'], ['flyktninger'], 10_000, 'trukket'));
    tx.objectStore('decisions').put({
      ...meta('e2e-od-1'), applicationId: 'e2e-o1', callId: 'e2e-open-call', outcome: 'delvis_innvilget', amountAppliedOre: kr(120_000), amountGrantedOre: kr(100_000),
      subGoalSplitOre: { A: kr(50_000), B: kr(50_000) }, justification: 'Begrenset ramme', conditions: '', decidedAt: `${year}-04-01`, decidedBy: 'Kari Nordmann',
    });
    const summaries = tx.objectStore('screeningSummaries');
    summaries.put({ applicationId: 'e2e-o1', summary: 'bestatt', callId: 'e2e-open-call' });
    summaries.put({ applicationId: 'e2e-o2', summary: 'skjonn', callId: 'e2e-open-call' });
    summaries.put({ applicationId: 'e2e-o3', summary: 'ikke_bestatt', callId: 'e2e-open-call' });
    summaries.put({ applicationId: 'e2e-o5', summary: 'bestatt', callId: 'e2e-open-call' });
    tx.objectStore('recommendations').put({ ...meta('e2e-or-2'), callId: 'e2e-open-call', applicationId: 'e2e-o2', amountOre: kr(25_000), reason: '' });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, OPEN_YEAR);
}
