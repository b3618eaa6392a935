// Screenshots of the applications area for a human to look at (screenshots/ is gitignored).
// Run with SCREENSHOTS=1.
import { generateData } from '../../fixtures/generator/applications';
import { screenApplication } from '../../../src/renderer/src/domain/screening/screen-application';
import { summaryRowOf } from '../../../src/renderer/src/domain/screening/summary-row';
import { test, expect } from './fixtures';
import { ApplicationCasePage, ApplicationList } from './pages/applications-page';
import { putRows } from './seeds/raw-db';

test.skip(!process.env.SCREENSHOTS, 'only when SCREENSHOTS=1');
test.use({ viewport: { width: 1366, height: 820 } });

function sampleData() {
  const { call, organisations, applications } = generateData({ applications: 600, seed: 7 });
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const screenings = applications.map((application, i) => ({
    id: `scr-${i}`,
    createdAt: application.createdAt,
    updatedAt: application.createdAt,
    applicationId: application.id,
    results: screenApplication({ application, organisation: byId.get(application.organisationId)!, call }),
    overrides: [],
    screenedAt: application.createdAt,
  }));
  // The list reads each screening's summary from its own table (schema v5), written with it.
  return { calls: [call], organisations, applications, screenings, screeningSummaries: screenings.map((s, i) => summaryRowOf(s, applications[i]!.callId)) };
}

test('screenshots of the applications area', async ({ signedIn, page }) => {
  test.setTimeout(120_000);
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await putRows(page, sampleData());

  const list = new ApplicationList(page);
  await list.open();
  await expect(list.rowCount).toHaveText('600 av 600 søknader', { timeout: 30_000 });
  await page.screenshot({ path: 'screenshots/soknader-01-list.png' });
  await page.getByRole('columnheader', { name: 'Søkt beløp' }).getByRole('button').click();
  await list.search.fill('språk');
  await page.screenshot({ path: 'screenshots/soknader-02-list-search-sorted.png' });

  await list.table.getByRole('row').nth(1).click();
  const casePage = new ApplicationCasePage(page);
  await casePage.tab('Formell vurdering').click();
  await expect(page.getByText(/Samlet resultat/)).toBeVisible();
  await page.screenshot({ path: 'screenshots/soknader-03-screening.png', fullPage: true });
  await casePage.tab('Budsjett').click();
  await page.screenshot({ path: 'screenshots/soknader-04-budget.png' });

  await page.goto('/#/soknader/ny');
  await expect(page.getByRole('heading', { level: 1, name: 'Registrer søknad' })).toBeVisible();
  await page.getByRole('button', { name: 'Lagre søknaden' }).click();
  await page.screenshot({ path: 'screenshots/soknader-05-form-errors.png', fullPage: true });
});
