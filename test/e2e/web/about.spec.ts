import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

test('the About dialog shows the version, that this is a browser, and where data is kept', async ({
  signedIn,
}) => {
  await signedIn.openAbout();
  const dialog = signedIn.aboutDialog;

  await expect(dialog).toContainText(version);
  await expect(dialog).toContainText('I denne nettleseren, på denne maskinen.');
  // Platform and storage are technical detail, behind the disclosure.
  await dialog.getByRole('button', { name: 'Teknisk informasjon' }).click();
  await expect(dialog).toContainText('Nettleser');
  await expect(dialog).toContainText('IndexedDB');
  await dialog.getByRole('button', { name: 'Lukk' }).click();
  await expect(dialog).toBeHidden();
  await expect(signedIn.aboutButton).toBeFocused();
});

test('the About dialog closes with Escape', async ({ signedIn, page }) => {
  await signedIn.openAbout();
  await page.keyboard.press('Escape');
  await expect(signedIn.aboutDialog).toBeHidden();
});
