// Innstilling and the committee meeting in the browser: «Foreslå fordeling» fills amounts within
// the frame and refuses one above it; a meeting is run in meeting mode with the keyboard alone,
// the page is reloaded mid-meeting and resumes at the same item; the minutes PDF holds the
// recommendations and the conflict; «Vedta etter innstillingen» makes the decisions; a later
// meeting's agenda is changed and meeting mode counts the items left.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { MEETING_SEED as S, seedMeetingCall } from './pages/meeting-seed';

const SHOTS = 'screenshots';
const FIXED_NOW = new Date('2020-03-10T10:00:00+01:00');

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

const kr = (n: string) => `kr\u00a0${n.replace(/ /g, '\u00a0')}`;

test.use({ viewport: { width: 1366, height: 768 } });

test('rank and allocate, run the meeting by keyboard, make the minutes and decide after the recommendations', async ({ signedIn, page }) => {
  test.setTimeout(240_000);
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await page.clock.setFixedTime(FIXED_NOW);
  await seedMeetingCall(page);
  mkdirSync(SHOTS, { recursive: true });

  // Ranked view: the scored projects in order, the failed screening apart with its reason.
  await page.goto(`/#/vurdering/innstilling?utlysning=${S.callId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Innstilling og møter' })).toBeVisible();
  const rows = page.getByTestId('ranked-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(S.high);
  await expect(rows.nth(1)).toContainText(S.low);
  await expect(page.getByTestId('failed-row')).toContainText(S.failed);
  await expect(page.getByTestId('failed-row')).toContainText('R5');

  await page.getByRole('button', { name: 'Foreslå fordeling' }).click();
  await expect(page.getByText('Beløpene er foreslått etter rangeringen.')).toBeVisible();
  const low = page.getByRole('textbox', { name: `Foreslått beløp for «${S.low}»` });
  await expect(page.getByRole('textbox', { name: `Foreslått beløp for «${S.high}»` })).toHaveValue('70\u00a0000');
  await expect(low).toHaveValue('30\u00a0000');
  const frame = page.getByRole('region', { name: 'Rammen' });
  await expect(frame).toContainText(`${kr('100 000')} av ${kr('100 000')}`);

  // More than the frame is refused, with the amount left.
  await low.fill('40 000');
  await expect(frame).toContainText('Over rammen');
  await low.press('Enter');
  await expect(page.getByText(`bare ${kr('30 000')} er igjen`)).toBeVisible();
  await low.fill('30 000');
  await low.press('Enter');
  await expect(page.getByText(/går over rammen/)).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'ranking-1366.png'), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  // A meeting with both members present opens meeting mode on the first item.
  await page.getByRole('button', { name: 'Nytt møte' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nytt møte' });
  await dialog.getByLabel('Sted').fill('Rådhuset');
  await expect(dialog.getByLabel(S.chair)).toBeChecked();
  await dialog.getByRole('button', { name: 'Opprett møtet' }).click();
  const mode = page.getByTestId('meeting-mode');
  await expect(mode).toBeVisible();
  await expect(page.getByTestId('item-position')).toHaveText('Sak 1 av 2');
  await expect(mode).toContainText(S.high);

  // Keyboard alone: I grants the first in full, → moves on.
  await page.keyboard.press('i');
  await expect(page.getByTestId('recommendation')).toHaveText(`Innvilge · ${kr('70 000')}`);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('item-position')).toHaveText('Sak 2 av 2');
  await expect(page.getByTestId('not-taking-part')).toContainText(S.chair);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: join(SHOTS, 'meeting-mode-1366.png') });
  expect(await seriousViolations(page)).toEqual([]);

  // The laptop is closed: reopening resumes at the same item.
  await page.reload();
  await expect(page.getByTestId('item-position')).toHaveText('Sak 2 av 2', { timeout: 30_000 });
  await page.keyboard.press('b');
  await page.keyboard.type('Rammen er brukt opp.');
  await page.keyboard.press('Escape');
  await page.keyboard.press('d');
  await expect(page.getByTestId('recommendation')).toHaveText(`Innvilge delvis · ${kr('30 000')}`);
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('item-position')).toHaveText('Sak 1 av 2');
  await expect(page.getByTestId('recommendation')).toHaveText(`Innvilge · ${kr('70 000')}`);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('region', { name: 'Rammen med innstilte beløp' })).toContainText(`${kr('100 000')} av ${kr('100 000')}`);
  await page.screenshot({ path: join(SHOTS, 'meeting-mode-1920.png') });
  await page.setViewportSize({ width: 1366, height: 768 });

  // The minutes: recommendations, the conflict and who did not take part.
  await page.getByRole('button', { name: 'Avslutt møtemodus' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lag møteprotokoll' }).click();
  const download = await downloading;
  const pdf = join(mkdtempSync(join(tmpdir(), 'minutes-')), 'protokoll.pdf');
  await download.saveAs(pdf);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
  expect(text).toContain('Møteprotokoll');
  expect(text).toContain('Møtested Rådhuset');
  expect(text).toContain('Innstilling Innvilges');
  expect(text).toContain('Innstilling Innvilges delvis Innstilt beløp kr 30 000 Begrunnelse Rammen er brukt opp.');
  expect(text).toContain(`Sak 2 (${S.low}): ${S.chair}, § 6 første ledd e: leder eller styremedlem i søkerorganisasjonen – Sitter i styret. Deltok ikke i behandlingen av saken.`);

  // Vedtak og brev: the recommendations become decisions in one step.
  await page.goto(`/#/vedtak?utlysning=${S.callId}`);
  await page.getByRole('button', { name: 'Vedta etter innstillingen' }).click();
  const decide = page.getByRole('dialog', { name: 'Vedta etter innstillingen' });
  await decide.getByRole('button', { name: 'Fatt vedtakene' }).click();
  await expect(decide.getByRole('status')).toContainText('2 vedtak er fattet etter innstillingen.');
  await decide.getByRole('button', { name: 'Lukk' }).click();
  await expect(page.getByRole('region', { name: 'Budsjett for utlysningen' })).toContainText(kr('100 000'));
  await expect(page.getByRole('row', { name: new RegExp(S.low) })).toContainText('Delvis innvilget');
  expect(await seriousViolations(page)).toEqual([]);

  // The letters follow: one for each decision made from the recommendations.
  const makeLetters = page.getByRole('button', { name: /^Lag brev som mangler \(2\)/ });
  await expect(makeLetters).toBeEnabled();
  const lettersDownload = page.waitForEvent('download');
  await makeLetters.click();
  const letters = unzipSync(new Uint8Array(readFileSync(await (await lettersDownload).path())));
  expect(Object.keys(letters)).toHaveLength(2);
  await expect(page.getByRole('button', { name: 'Alle vedtak har brev' })).toBeDisabled();

  // The decision page shows the committee's recommendation.
  await page.getByRole('link', { name: S.low }).click();
  await expect(page.getByRole('heading', { name: 'Innstilling og vurdering' })).toBeVisible();
  await expect(page.getByText(`Innvilge delvis · ${kr('30 000')}`)).toBeVisible();

  // A later meeting's agenda is changed after it is set up: one item off by keyboard, and meeting
  // mode counts the items left.
  await page.goto(`/#/vurdering/innstilling?utlysning=${S.callId}`);
  await page.getByRole('button', { name: 'Nytt møte' }).click();
  const next = page.getByRole('dialog', { name: 'Nytt møte' });
  await next.getByLabel('Dato').fill('2020-03-20');
  await next.getByLabel('Sted').fill('Bydelshuset');
  await expect(next.getByRole('checkbox', { name: new RegExp(S.failed) })).not.toBeChecked();
  await next.getByRole('button', { name: 'Opprett møtet' }).click();
  await expect(page.getByTestId('item-position')).toHaveText('Sak 1 av 2');
  await page.getByRole('button', { name: 'Avslutt møtemodus' }).click();
  const later = page.getByRole('listitem').filter({ hasText: 'Bydelshuset' });
  await later.getByRole('button', { name: /^Endre møtet/ }).click();
  const edit = page.getByRole('dialog', { name: 'Endre møtet' });
  await edit.getByRole('checkbox', { name: new RegExp(S.low) }).press('Space');
  await expect(edit.getByText('Saksliste: 1 sak')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'meeting-edit-1366.png') });
  expect(await seriousViolations(page)).toEqual([]);
  await edit.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(later).toContainText('1 sak ·');
  await later.getByRole('link', { name: 'Møtemodus' }).click();
  await expect(page.getByTestId('item-position')).toHaveText('Sak 1 av 1');
  await expect(page.getByTestId('meeting-mode')).toContainText(S.high);
});
