// Page models of the applications area: the list, the form and an application's page.
import { expect, type Locator, type Page } from '@playwright/test';

export class ApplicationList {
  readonly search: Locator;
  readonly table: Locator;
  readonly rowCount: Locator;
  readonly newButton: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Søk' });
    this.table = page.getByRole('table', { name: 'Søknader' });
    this.rowCount = page.getByTestId('row-count');
    this.newButton = page.getByRole('main').getByRole('link', { name: 'Registrer søknad' }).first();
  }

  async open(): Promise<void> {
    await this.page.goto('/#/soknader');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Søknader' })).toBeVisible();
  }

  row(text: string): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }
}

export class ApplicationForm {
  readonly form: Locator;
  readonly organisation: Locator;
  readonly title: Locator;
  readonly kind: Locator;
  readonly amount: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Registrer søknad' });
    this.organisation = page.getByRole('combobox', { name: 'Organisasjon' });
    this.title = page.getByRole('textbox', { name: 'Tittel' });
    this.kind = page.getByRole('combobox', { name: 'Type' });
    this.amount = page.getByRole('textbox', { name: 'Søkt beløp' });
    this.save = page.getByRole('button', { name: 'Lagre søknaden' });
  }

  async chooseOrganisation(typed: string, name: string): Promise<void> {
    await this.organisation.fill(typed);
    await this.page.getByRole('option', { name: new RegExp(name) }).click();
  }

  async chooseKind(label: string): Promise<void> {
    await this.kind.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  subGoal(letter: 'A' | 'B' | 'C'): Locator {
    return this.page.getByRole('checkbox', { name: new RegExp(`^${letter} –`) });
  }
}

export class ApplicationCasePage {
  constructor(readonly page: Page) {}

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  rule(id: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: new RegExp(`^${id} `) }) });
  }
}
