// Assessment in the browser: two assessors score the call's applications, one in the program with
// the keyboard, the other through a scoring sheet that is filled in and saved by LibreOffice; the
// second declares a conflict for one application, cannot score it in the program, and the sheet's
// row for it is refused. Axe runs on every new page; screenshots at 1366×768 go to screenshots/.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ApplicationForm } from './pages/applications-page';
import { SEED_ORG, seedCallAndOrganisation } from './pages/applications-seed';
import { fillCells, hasSoffice, resaveWithLibreOffice, type CellFill } from '../../fixtures/xlsx/fill-and-resave';

const SHOTS = 'screenshots';
const APPS = [
  { title: 'Språkkafé for nyankomne', kind: 'Enkelttiltak', goal: 'A', amount: '20 000' },
  { title: 'Leksehjelp på biblioteket', kind: 'Prosjekt', goal: 'B', amount: '150 000' },
] as const;
/** Sheet rows are in received-date then title order: Leksehjelp (row 4), Språkkafé (row 5). */
const SHEET_ROW = { 'Leksehjelp på biblioteket': 4, 'Språkkafé for nyankomne': 5 } as const;

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

async function registerApplication(page: Page, app: (typeof APPS)[number]) {
  await page.goto('/#/soknader/ny');
  const form = new ApplicationForm(page);
  await expect(form.form).toBeVisible();
  await form.chooseOrganisation('974 760', SEED_ORG.name);
  await form.title.fill(app.title);
  await form.chooseKind(app.kind);
  await form.subGoal(app.goal).check();
  await form.amount.fill(app.amount);
  await form.save.click();
  await expect(page.getByRole('heading', { level: 1, name: app.title })).toBeVisible();
}

/** The organisation's board lists Liv Berg, so the program warns when she assesses it. */
async function noteBoardMember(page: Page, name: string) {
  await page.evaluate(
    async ({ orgId, member }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('tilskudd-frivillige');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction('organisations', 'readwrite');
      const store = tx.objectStore('organisations');
      const org = await new Promise<Record<string, unknown>>((resolve) => {
        const get = store.get(orgId);
        get.onsuccess = () => resolve(get.result as Record<string, unknown>);
      });
      store.put({ ...org, boardMembers: [member] });
      await new Promise<void>((resolve) => (tx.oncomplete = () => resolve()));
      db.close();
    },
    { orgId: SEED_ORG.id, member: name },
  );
}

async function addPerson(page: Page, name: string, role: string) {
  await page.getByRole('button', { name: 'Legg til person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny person' });
  await dialog.getByLabel('Navn').fill(name);
  await dialog.getByLabel('Rolle').click();
  await page.getByRole('option', { name: role }).click();
  await dialog.getByRole('button', { name: 'Lagre' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
}

test.use({ viewport: { width: 1366, height: 768 }, actionTimeout: 30_000 });

test('two assessors score, one through a LibreOffice-saved sheet; a conflicted member cannot score', async ({ signedIn, page }) => {
  test.skip(!hasSoffice(), 'LibreOffice (soffice) is needed to fill in and save the scoring sheet');
  test.setTimeout(300_000);
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  mkdirSync(SHOTS, { recursive: true });
  await seedCallAndOrganisation(page);
  await noteBoardMember(page, 'Liv Berg');
  for (const app of APPS) await registerApplication(page, app);

  await test.step('people are added in Innstillinger', async () => {
    await signedIn.goTo('Innstillinger');
    await addPerson(page, 'Per Hansen', 'Utvalgsmedlem');
    await addPerson(page, 'Liv Berg', 'Leder');
    await page.getByRole('heading', { name: 'Vurderere' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/assessment-people.png` });
    expect(await seriousViolations(page)).toEqual([]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'vurdering-e2e-'));
  const livSheet = join(dir, 'liv.xlsx');
  await test.step('Liv’s scoring sheet is saved from Vurdering og møter', async () => {
    await signedIn.goTo('Vurdering og møter');
    await expect(page.getByRole('table')).toContainText('Språkkafé for nyankomne');
    await expect(page.getByRole('row', { name: /Språkkafé/ })).toContainText('Liv Berg, Per Hansen');
    await page.screenshot({ path: `${SHOTS}/assessment-overview-empty.png` });
    expect(await seriousViolations(page)).toEqual([]);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lagre vurderingsskjema for Liv Berg' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Vurderingsskjema Integreringstilskudd 2020 – Liv Berg.xlsx');
    await file.saveAs(livSheet);
  });

  await test.step('the criteria page shows R9’s criteria and the scale', async () => {
    await page.getByRole('link', { name: 'Kriterier og skala' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Kriterier og skala/ })).toBeVisible();
    await expect(page.getByLabel('Vekt: Klare mål og målgrupper')).toHaveValue('1');
    await page.screenshot({ path: `${SHOTS}/assessment-criteria.png` });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Tilbake til vurderingen' }).click();
  });

  await test.step('Liv declares a conflict for Språkkafé and cannot score it', async () => {
    await page.getByRole('link', { name: 'Vurder Språkkafé for nyankomne' }).click();
    await expect(page.getByRole('tab', { name: 'Vurdering', selected: true })).toBeVisible();
    const warning = page.getByRole('alert').filter({ hasText: 'Liv Berg har samme navn som et styremedlem i Språkvenner Bergen' });
    await expect(warning).toBeVisible();
    await warning.getByRole('button', { name: 'Registrer inhabilitet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrer inhabilitet' });
    await expect(dialog.getByLabel('Person')).toContainText('Liv Berg');
    await expect(dialog.getByRole('radio', { name: /§ 6 første ledd e/ })).toBeChecked();
    await dialog.getByLabel('Merknad (valgfri)').fill('Sitter i styret i Språkvenner Bergen');
    await dialog.getByRole('button', { name: 'Registrer' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Liv Berg: § 6 første ledd e: leder eller styremedlem i søkerorganisasjonen')).toBeVisible();

    await page.getByRole('combobox', { name: 'Velg vurderer' }).click();
    await page.getByRole('option', { name: 'Liv Berg' }).click();
    await expect(page.getByRole('button', { name: 'Vurder', exact: true })).toBeDisabled();
    await expect(page.getByText('Liv Berg er inhabil (§ 6 første ledd e: leder eller styremedlem i søkerorganisasjonen) og kan ikke gi poeng for denne søknaden.')).toBeVisible();
  });

  await test.step('Per scores Språkkafé in the program with the keyboard alone', async () => {
    await page.getByRole('combobox', { name: 'Velg vurderer' }).click();
    await page.getByRole('option', { name: 'Per Hansen' }).click();
    await page.getByRole('button', { name: 'Vurder', exact: true }).click();
    const form = page.getByRole('form', { name: 'Vurdering fra Per Hansen' });
    await expect(form).toBeVisible();
    // Others' scores are hidden until Per has scored (the call's default).
    await expect(page.getByText('De andres poeng vises når Per Hansen har gitt sine egne.')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/assessment-score-form.png` });
    expect(await seriousViolations(page)).toEqual([]);

    // Enter the first group, then for each criterion: Space picks 1, four arrows make it 5, Tab
    // twice passes the comment field to the next group.
    await form.getByRole('radio', { name: '1' }).first().focus();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Space');
      for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
    }
    await expect(form.getByRole('radio', { name: '5', checked: true })).toHaveCount(10);
    await page.keyboard.type('Godt begrunnet søknad');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Vurderingen er lagret.')).toBeVisible();
    await expect(page.getByTestId('weighted-total')).toHaveText('Vektet snitt: 5,00');
    await expect(page.getByTestId('missing-assessors')).toHaveText('Alle vurdererne har vurdert søknaden.');
    await page.getByRole('heading', { name: 'Poeng fra hver vurderer' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/assessment-tab.png` });
    expect(await seriousViolations(page)).toEqual([]);
  });

  await test.step('Liv’s sheet, filled in and saved by LibreOffice, is read back', async () => {
    const ten = (row: number, value: number): CellFill[] =>
      Array.from({ length: 10 }, (_, i) => ({ ref: `${String.fromCharCode(71 + i)}${row}`, value }));
    const filled = fillCells(new Uint8Array(readFileSync(livSheet)), [
      ...ten(SHEET_ROW['Leksehjelp på biblioteket'], 4),
      { ref: `T${SHEET_ROW['Leksehjelp på biblioteket']}`, value: 'Realistisk plan' },
      ...ten(SHEET_ROW['Språkkafé for nyankomne'], 3),
    ]);
    const saved = join(dir, 'liv-utfylt.xlsx');
    writeFileSync(saved, resaveWithLibreOffice(filled));

    await signedIn.goTo('Vurdering og møter');
    await page.getByRole('button', { name: 'Les inn utfylt vurderingsskjema for Liv Berg' }).click();
    const dialog = page.getByRole('dialog', { name: 'Les inn vurderingsskjema for Liv Berg' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Velg fil (.xlsx)' }).click();
    await (await chooser).setFiles(saved);
    await expect(dialog.getByRole('status').first()).toHaveText('1 nye, 0 endrede, 0 uendrede, 0 tomme, 1 med feil.');
    await expect(dialog.getByRole('row', { name: /Språkkafé/ })).toContainText(
      'Liv Berg er inhabil i denne søknaden (§ 6 første ledd e: leder eller styremedlem i søkerorganisasjonen) og kan ikke gi poeng.',
    );
    await expect(dialog.getByRole('row', { name: /Leksehjelp/ })).toContainText('Ny');
    await page.screenshot({ path: `${SHOTS}/assessment-sheet-preview.png` });
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Lagre 1 vurdering' }).click();
    await expect(dialog.getByText('Lagret: 1 nye og 0 endrede vurderinger.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Lukk' }).click();
  });

  await test.step('the overview shows who has scored, who is missing, and the conflict', async () => {
    const sprak = page.getByRole('row', { name: /Språkkafé/ });
    await expect(sprak.getByRole('cell').nth(2)).toHaveText('5,00');
    await expect(sprak.getByRole('cell').nth(3)).toHaveText('Per Hansen');
    await expect(sprak.getByRole('cell').nth(4)).toHaveText('–');
    await expect(sprak.getByRole('cell').nth(5)).toHaveText('Liv Berg');
    const lekse = page.getByRole('row', { name: /Leksehjelp/ });
    await expect(lekse.getByRole('cell').nth(2)).toHaveText('4,00');
    await expect(lekse.getByRole('cell').nth(3)).toHaveText('Liv Berg');
    await expect(lekse.getByRole('cell').nth(4)).toHaveText('Per Hansen');
    await page.screenshot({ path: `${SHOTS}/assessment-overview.png` });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
