// The user guide's screenshots (docs/bilder/*.png), made by going through the year's work in the
// program as an officer would, so the pictures never show a screen that no longer exists.
// Run: npm run build && SCREENSHOTS=1 npx playwright test test/e2e/web/guide-screenshots.spec.ts
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CallForm, CallList, CallPage } from './pages/calls';
import { ImportPage, type FileToImport } from './pages/import-page';
import { ApplicationCasePage, ApplicationList } from './pages/applications-page';
import { DecisionList } from './pages/decisions-page';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';

test.skip(!process.env.SCREENSHOTS, 'only when SCREENSHOTS=1');
// 1366×768: the most common laptop screen in the municipalities, and small PNGs.
test.use({ viewport: { width: 1366, height: 768 } });

const PICTURES = resolve(import.meta.dirname, '../../../docs/bilder');
const CALL_TITLE = 'Tilskudd til integreringsarbeid 2020';
// A fixed day in the grant year, so dates in the pictures do not change from run to run.
const FIXED_NOW = new Date('2020-03-10T10:00:00+01:00');

/** A picture of the window, scrolled so that `top` (if given) starts just below the app bar. */
async function shoot(page: Page, name: string, top?: Locator): Promise<void> {
  if (top) {
    await top.evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -88);
    });
  }
  // Let fonts and any transition settle, and keep the text cursor out of the picture.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(300);
  await page.screenshot({ path: resolve(PICTURES, `${name}.png`) });
}

/** Eight digits and the MOD11 check digit: a valid organisasjonsnummer. */
function orgnr(base: string): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = [...base].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  const check = 11 - (sum % 11);
  if (check === 10) throw new Error(`${base} has no valid check digit`);
  return `${base}${check === 11 ? 0 : check}`;
}

const HEADERS =
  'ekstern_id;mottatt;orgnr;organisasjon;frivillighetsregisteret;kontaktperson;epost;telefon;kontonummer;tittel;' +
  'beskrivelse;type;delmal;malgrupper;sokt_belop;totalbudsjett;ikke_stottbare_kostnader;periode_fra;periode_til;' +
  'sted;imdi_samme_aktivitet;mottak;mottak_kontaktperson';

interface Row {
  id: string;
  org: string;
  name: string;
  registered: 'ja' | 'nei';
  title: string;
  kind: string;
  goals: string;
  groups: string;
  amount: string;
  received?: string;
}

const ROWS: Row[] = [
  { id: 'P-101', org: orgnr('91000002'), name: 'Språkvenner Bergen', registered: 'ja', title: 'Språkkafé for nyankomne', kind: 'enkelttiltak', goals: 'A,B', groups: 'flyktninger,familieinnvandrere', amount: '40 000' },
  { id: 'P-102', org: orgnr('91000003'), name: 'Fjellsiden Fotballklubb', registered: 'ja', title: 'Fotball for alle', kind: 'prosjekt', goals: 'A', groups: 'flyktninger,lokalbefolkning', amount: '150 000' },
  { id: 'P-103', org: orgnr('91000005'), name: 'Kvinnenettverket Bergen', registered: 'ja', title: 'Samtalegrupper om helse og rettigheter', kind: 'aktivitet', goals: 'C', groups: 'familieinnvandrere', amount: '60 000' },
  { id: 'P-104', org: orgnr('91000006'), name: 'Nabolagskafeen', registered: 'nei', title: 'Middag i nabolaget', kind: 'aktivitet', goals: 'A', groups: 'lokalbefolkning', amount: '25 000' },
  { id: 'P-105', org: orgnr('91000007'), name: 'Leksehjelpen Årstad', registered: 'ja', title: 'Leksehjelp på biblioteket', kind: 'prosjekt', goals: 'B', groups: 'flyktninger', amount: '120 000' },
  // Two rows a portal got wrong: an unknown kind and an impossible date.
  { id: 'P-106', org: orgnr('91000012'), name: 'Sykkelvenner', registered: 'ja', title: 'Sykkelkurs for voksne', kind: 'kurs', goals: 'B', groups: 'flyktninger', amount: '30 000' },
  { id: 'P-107', org: orgnr('91000013'), name: 'Turlaget Sandviken', registered: 'ja', title: 'Turer i nærmiljøet', kind: 'aktivitet', goals: 'A', groups: 'lokalbefolkning', amount: '15 000', received: '31.02.2020' },
];

function portalFile(): FileToImport {
  const line = (r: Row) =>
    [r.id, r.received ?? '2020-02-03', r.org, r.name, r.registered, 'Kari Nordmann', 'kari@example.no', '55 00 00 00',
      '1234.56.78903', r.title, 'Ukentlige samlinger med frivillige.', r.kind, r.goals, r.groups, r.amount, '', '', '', '',
      'norge', 'nei', 'nei', ''].join(';');
  const text = [HEADERS, ...ROWS.map(line)].join('\r\n');
  return { name: 'soknader-fra-portalen.csv', mimeType: 'text/csv', buffer: Buffer.from(`${text}\r\n`, 'utf8') };
}

test('the user guide’s screenshots', async ({ signedIn, page }) => {
  test.setTimeout(300_000);
  mkdirSync(PICTURES, { recursive: true });
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await page.clock.setFixedTime(FIXED_NOW);

  // Set up the call, with frames per sub-goal, and open it.
  const calls = new CallList(page);
  await calls.open();
  await calls.newButton.click();
  const form = new CallForm(page);
  await expect(form.submit).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await form.fill({
    year: '2020', title: CALL_TITLE, deadline: '2020-02-05', frame: '2 000 000',
    frames: { A: '800 000', B: '700 000', C: '500 000' },
  });
  await form.submit.click();
  await expect(page.getByRole('heading', { level: 1, name: CALL_TITLE })).toBeVisible();
  const call = new CallPage(page);
  await call.statusButton('Åpne for søknader').click();
  await page.getByRole('dialog', { name: 'Åpne utlysningen?' }).getByRole('button', { name: 'Ja, endre status' }).click();
  await expect(call.statusButton('Lukk for søknader')).toBeVisible();

  // Import the portal's file: five good rows, two with errors.
  const importer = new ImportPage(page);
  await importer.open();
  await expect(importer.call).toContainText(CALL_TITLE);
  await importer.chooseFile(portalFile());
  await expect(importer.errorsTable).toBeVisible({ timeout: 30_000 });
  await shoot(page, 'import-kontroll', importer.main.getByRole('heading', { name: 'Kontroller før du importerer' }));
  await importer.importButton(5).click();
  await expect(importer.summaryTable).toBeVisible({ timeout: 30_000 });

  // The formal screening of the application whose organisation is not registered.
  const list = new ApplicationList(page);
  await list.open();
  await list.row('Middag i nabolaget').click();
  const casePage = new ApplicationCasePage(page);
  await casePage.tab('Formell vurdering').click();
  await expect(page.getByText(/Samlet resultat/)).toBeVisible();
  await shoot(page, 'formell-vurdering');

  // Decisions: a partial grant with a template, a full grant, a rejection and a dismissal.
  const decisions = new DecisionList(page);
  await decisions.open();
  let decision = await decisions.openDecision('Fotball for alle');
  await decision.outcome('Delvis innvilget').check();
  await decision.amount.fill('100 000');
  await decision.form.getByRole('button', { name: 'Sett inn mal' }).click();
  await page.getByRole('menuitem', { name: 'Rammen er brukt opp' }).click();
  await shoot(page, 'vedtak', decision.form);
  await decision.save.click();
  await expect(page.getByText('Vedtaket er lagret.')).toBeVisible();
  await decision.back();
  for (const title of ['Språkkafé for nyankomne', 'Samtalegrupper om helse og rettigheter']) {
    decision = await decisions.openDecision(title);
    await decision.decide('Innvilget');
    await decision.back();
  }
  decision = await decisions.openDecision('Leksehjelp på biblioteket');
  await decision.decide('Avslått', { template: 'Lav måloppnåelse sammenlignet med andre søknader' });
  await decision.back();
  decision = await decisions.openDecision('Middag i nabolaget');
  await decision.decide('Avvist', { text: 'Nabolagskafeen er ikke registrert i Frivillighetsregisteret.' });
  await decision.back();

  // All letters at once (a zip in the browser), then one marked as sent.
  const downloading = page.waitForEvent('download');
  await decisions.makeLetters.click();
  await downloading;
  await expect(page.getByText(/brev er laget og lagret i/)).toBeVisible({ timeout: 120_000 });
  decision = await decisions.openDecision('Språkkafé for nyankomne');
  await decision.letters.getByRole('button', { name: /^Merk som sendt/ }).click();
  await page.getByRole('dialog', { name: 'Merk brevet som sendt' }).getByRole('button', { name: 'Merk som sendt' }).click();
  await expect(page.getByText('Vedtaket er låst')).toBeVisible();
  await decision.back();
  await shoot(page, 'vedtak-liste', page.getByRole('region', { name: 'Budsjett for utlysningen' }));

  // The call page, with what is applied for and granted per sub-goal.
  await calls.open();
  await calls.table.getByRole('link', { name: CALL_TITLE }).click();
  await expect(call.budget).toBeVisible();
  await shoot(page, 'utlysning', page.getByRole('main').getByRole('heading', { name: 'Budsjett', exact: true }));

  // The report to IMDi for the year.
  await signedIn.goTo('Eksport');
  await expect(page.getByRole('main').getByText(/søknader med vedtak kommer med i rapporten/)).toBeVisible();
  await shoot(page, 'eksport');

  // Backup in Innstillinger.
  await signedIn.goTo('Innstillinger');
  const backupHeading = page.getByRole('main').getByRole('heading', { name: 'Sikkerhetskopi', exact: true });
  await expect(backupHeading).toBeVisible();
  await shoot(page, 'sikkerhetskopi', backupHeading);
});
