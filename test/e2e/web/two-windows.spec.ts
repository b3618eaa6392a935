// No lost updates between two windows: the second save of a record opened twice is refused with a
// clear message, nothing typed is lost, and the other window's change can be taken in and kept.
import { test, expect, axeViolations } from './fixtures';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';
import { SEED_CALL, SEED_ORG, seedCallAndOrganisation } from './pages/applications-seed';

test('two windows editing one organisation: the later save is refused until the other change is taken in', async ({ signedIn: _signedIn, page, context }) => {
  await seedCallAndOrganisation(page);
  const editUrl = `/#/organisasjoner/${SEED_ORG.id}/rediger`;

  await page.goto(editUrl);
  const formA = page.getByRole('form', { name: 'Lagre endringene' });
  await expect(formA).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });

  const other = await context.newPage();
  await other.goto(editUrl);
  await other.getByLabel('Telefon').fill('55 12 34 56');
  await other.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(other.getByText('Endringene er lagret.')).toBeVisible();

  // Window A has typed something of its own; its save must not wipe the phone number.
  await page.getByLabel('Kontaktperson').fill('Aisha Rahimi');
  const notice = page.getByRole('alert').filter({ hasText: 'Organisasjonen er endret et annet sted' });
  await expect(notice).toContainText('Endret der: telefon.');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'screenshots/two-windows-changed-elsewhere.png' });

  await page.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(page.getByText('Ingenting er lagret. Bruk «Hent endringene»')).toBeVisible();
  await expect(page.getByLabel('Kontaktperson')).toHaveValue('Aisha Rahimi');

  await notice.getByRole('button', { name: 'Hent endringene' }).click();
  await expect(page.getByLabel('Telefon')).toHaveValue('55 12 34 56');
  await expect(page.getByLabel('Kontaktperson')).toHaveValue('Aisha Rahimi');
  await expect(page.getByText('Endringene er hentet inn. Se over skjemaet og lagre.')).toBeVisible();

  await page.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(page.getByText('Endringene er lagret.')).toBeVisible();
  await expect(page.getByText('55 12 34 56')).toBeVisible();
  await expect(page.getByText('Aisha Rahimi')).toBeVisible();
  // The other window went to the detail page on saving; it follows without a reload.
  await expect(other.getByText('Aisha Rahimi')).toBeVisible();
});

test('two windows editing one application: the title typed in one and the amount saved in the other both survive', async ({ signedIn: _signedIn, page, context }) => {
  await seedCallAndOrganisation(page);
  await page.evaluate(async ({ callId, orgId }) => {
    const at = '2020-01-20T08:00:00.000Z';
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tilskudd-frivillige');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['applications'], 'readwrite');
    tx.objectStore('applications').put({
      id: 'two-windows-app', createdAt: at, updatedAt: at, callId, organisationId: orgId, title: 'Leksehjelp',
      description: '', kind: 'enkelttiltak', subGoals: ['B'], targetGroups: ['flyktninger'], amountAppliedOre: 4_000_000,
      budgetLines: [], location: 'norge', imdiSameActivity: false, receptionCentre: false, receivedDate: '2020-01-20', status: 'mottatt',
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { callId: SEED_CALL.id, orgId: SEED_ORG.id });
  const editUrl = '/#/soknader/two-windows-app/rediger';

  await page.goto(editUrl);
  await expect(page.getByLabel('Tittel')).toHaveValue('Leksehjelp', { timeout: PAGE_LOAD_TIMEOUT });
  const other = await context.newPage();
  await other.goto(editUrl);
  await other.getByLabel('Søkt beløp').fill('55000');
  await other.getByRole('button', { name: 'Lagre søknaden' }).click();
  await expect(other).toHaveURL(/#\/soknader\/two-windows-app$/);

  await page.getByLabel('Tittel').fill('Leksehjelp for ungdom');
  await page.getByRole('button', { name: 'Lagre søknaden' }).click();
  await expect(page.getByText('Ingenting er lagret. Bruk «Hent endringene»')).toBeVisible();
  const notice = page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Hent endringene' }) });
  await expect(notice).toContainText('Endret der: søkt beløp.');
  await notice.getByRole('button', { name: 'Hent endringene' }).click();
  await expect(page.getByLabel('Søkt beløp')).toHaveValue(/55\s?000/);
  await expect(page.getByLabel('Tittel')).toHaveValue('Leksehjelp for ungdom');
  await page.getByRole('button', { name: 'Lagre søknaden' }).click();
  await expect(page).toHaveURL(/#\/soknader\/two-windows-app$/);
  await expect(other.getByRole('heading', { name: 'Leksehjelp for ungdom' })).toBeVisible();
});
