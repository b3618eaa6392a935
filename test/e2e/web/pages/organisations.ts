// Page models of the organisations area: the list, the organisation form and its page.
import { expect, type Locator, type Page } from '@playwright/test';
import { PAGE_LOAD_TIMEOUT } from './app-shell';

export class OrganisationList {
  readonly table: Locator;
  readonly search: Locator;
  readonly newButton: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Organisasjoner' });
    this.search = page.getByRole('searchbox', { name: 'Søk etter navn eller organisasjonsnummer' });
    this.newButton = page.getByRole('main').getByRole('link', { name: 'Ny organisasjon' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/organisasjoner');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Organisasjoner' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  }
}

export class OrganisationForm {
  readonly orgnr: Locator;
  readonly name: Locator;
  readonly registered: Locator;
  readonly checkedAt: Locator;
  readonly contactPerson: Locator;
  readonly email: Locator;
  readonly accountNumber: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.orgnr = main.getByRole('textbox', { name: 'Organisasjonsnummer' });
    this.name = main.getByRole('textbox', { name: 'Navn', exact: true });
    this.registered = main.getByRole('checkbox', { name: 'Registrert i Frivillighetsregisteret' });
    this.checkedAt = main.getByLabel('Sist kontrollert');
    this.contactPerson = main.getByRole('textbox', { name: 'Kontaktperson' });
    this.email = main.getByRole('textbox', { name: 'E-post' });
    this.accountNumber = main.getByRole('textbox', { name: 'Kontonummer' });
    this.submit = main.getByRole('button', { name: 'Registrer organisasjonen' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/organisasjoner/ny');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Ny organisasjon' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  }
}
