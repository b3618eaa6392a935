// Page model of the first-run setup ("Velkommen").
import { expect, type Locator, type Page } from '@playwright/test';
import { PAGE_LOAD_TIMEOUT } from './app-shell';

export class FirstRunPage {
  readonly heading: Locator;
  readonly municipality: Locator;
  readonly officerName: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Velkommen' });
    this.municipality = page.getByRole('combobox', { name: 'Kommune' });
    this.officerName = page.getByRole('textbox', { name: 'Navnet ditt' });
    this.submit = page.getByRole('button', { name: 'Kom i gang' });
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    // The first load can be slow on a busy machine: the database is created and seeded.
    await expect(this.heading).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
    await expect(this.municipality).toBeVisible();
  }

  async chooseMunicipality(name: string): Promise<void> {
    await this.municipality.fill(name);
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  /** Letters need the municipality's postal address, so the first run gives one unless told not to. */
  async complete(municipality: string, officerName: string, postalAddress = 'Postboks 7700, 5020 Bergen'): Promise<void> {
    await this.chooseMunicipality(municipality);
    await this.officerName.fill(officerName);
    if (postalAddress) await this.page.getByRole('textbox', { name: 'Kommunens postadresse' }).fill(postalAddress);
    await this.submit.click();
  }
}
