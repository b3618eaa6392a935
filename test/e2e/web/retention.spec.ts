// Personvern: personal data in a case whose grant year is past retention is counted, removed on the
// officer's word, gone from the organisation page, and the change log's chain still holds.
import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';

/** A 2014 call with one organisation and application holding contact data, written straight into IndexedDB. */
async function seedOldCase(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const at = '2014-01-10T08:00:00.000Z';
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tilskudd-frivillige');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['calls', 'organisations', 'applications'], 'readwrite');
    tx.objectStore('calls').put({
      id: 'old-call', createdAt: at, updatedAt: at, year: 2014, title: 'Integreringstilskudd 2014',
      municipalityId: '4601', deadline: '2014-02-05', budgetFrameOre: 100_000_000, status: 'arkivert',
      rules: { projectMaxOre: 100_000_000, singleMeasureMinOre: 1_000_000, splitPaymentThresholdOre: 3_000_000,
        auditThresholdOre: 10_000_000, appealDeadlineWeeks: 3, reportDueDate: '2015-02-01' },
    });
    tx.objectStore('organisations').put({
      id: 'old-org', createdAt: at, updatedAt: at, orgnr: '974760673', name: 'Gamle venner', kind: 'frivillig',
      registeredInFrivillighetsregisteret: true, contactPerson: 'Anne Hansen', email: 'anne@example.no', phone: '55 11 22 33',
    });
    tx.objectStore('applications').put({
      id: 'old-app', createdAt: at, updatedAt: at, callId: 'old-call', organisationId: 'old-org', title: 'Leksehjelp 2014',
      description: '', kind: 'enkelttiltak', subGoals: ['B'], targetGroups: ['flyktninger'], amountAppliedOre: 4_000_000,
      budgetLines: [], location: 'norge', imdiSameActivity: false, receptionCentre: true,
      receptionCentreContact: 'Mottaksleder Mona', receivedDate: '2014-02-01', status: 'vedtatt',
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

test('personal data past retention is removed on the officer\'s word, and the chain still holds', async ({ signedIn: _signedIn, page }) => {
  await seedOldCase(page);
  await page.goto('/#/innstillinger/personvern');
  const section = page.getByRole('region', { name: 'Fjern personopplysninger i avsluttede saker' });
  await expect(section).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await expect(section).toContainText(/tilskuddsår \d{4} eller eldre: 1 organisasjon og 1 søknad har personopplysninger/);
  expect(await axeViolations(page)).toEqual([]);

  await section.getByRole('button', { name: 'Fjern personopplysninger' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fjerne personopplysningene?' });
  await expect(dialog).toContainText('Dette kan ikke angres.');
  await dialog.getByRole('button', { name: 'Fjern dem' }).click();
  await expect(section.getByRole('status')).toContainText('Fjernet fra 1 organisasjon, 1 søknad');
  await expect(section.getByRole('status')).toContainText('Endringsloggens kjede er kontrollert etterpå og henger sammen');
  await expect(section).toContainText('har personopplysninger igjen');
  await expect(section.getByRole('button', { name: 'Fjern personopplysninger' })).toBeDisabled();
  await page.screenshot({ path: 'screenshots/personvern-fjernet.png', fullPage: true });

  await page.goto('/#/organisasjoner/old-org');
  await expect(page.getByRole('heading', { level: 1, name: /Gamle venner/ })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await expect(page.getByText('Anne Hansen')).toHaveCount(0);
  await expect(page.getByText('anne@example.no')).toHaveCount(0);

  await page.goto('/#/innstillinger/endringslogg');
  await expect(page.getByText('Personopplysninger fjernet etter oppbevaringstiden').first()).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
});
