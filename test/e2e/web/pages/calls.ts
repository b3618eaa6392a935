// Page models of the calls area (utlysninger): the list, the call form and a call's page.
import { expect, type Locator, type Page } from '@playwright/test';
import { PAGE_LOAD_TIMEOUT } from './app-shell';

export interface NewCall {
  year: string;
  title: string;
  deadline: string;
  frame: string;
  frames?: Partial<Record<'A' | 'B' | 'C', string>>;
}

export class CallList {
  readonly table: Locator;
  readonly newButton: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Utlysninger' });
    this.newButton = page.getByRole('main').getByRole('link', { name: 'Ny utlysning' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/utlysninger');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Utlysninger' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  }

  row(text: string): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }
}

export class CallForm {
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.submit = page.getByRole('button', { name: 'Opprett utlysningen' });
  }

  field(label: string): Locator {
    return this.page.getByRole('main').getByLabel(label, { exact: false }).first();
  }

  async fill(call: NewCall): Promise<void> {
    const main = this.page.getByRole('main');
    await main.getByRole('textbox', { name: 'År' }).fill(call.year);
    await main.getByRole('textbox', { name: 'Tittel' }).fill(call.title);
    await main.getByLabel('Søknadsfrist').fill(call.deadline);
    await main.getByRole('textbox', { name: 'Budsjettramme' }).fill(call.frame);
    for (const [goal, amount] of Object.entries(call.frames ?? {})) {
      await main.getByRole('textbox', { name: `Delmål ${goal}` }).fill(amount);
    }
  }
}

export class CallPage {
  readonly budget: Locator;

  constructor(readonly page: Page) {
    this.budget = page.getByRole('table', { name: 'Budsjett for utlysningen' });
  }

  budgetRow(name: string): Locator {
    return this.budget.getByRole('row', { name: new RegExp(`^${name}`) });
  }

  /** One figure of the budget: its row (e.g. «Budsjettramme») under a column («Delmål A», «Totalt»). */
  async budgetCell(figure: string, column: string): Promise<Locator> {
    const columns = await this.budget.getByRole('columnheader').allTextContents();
    const index = columns.indexOf(column);
    if (index < 0) throw new Error(`No budget column «${column}» among ${columns.join(', ')}`);
    return this.budgetRow(figure).getByRole('cell').nth(index);
  }

  statusButton(name: string): Locator {
    return this.page.getByRole('main').getByRole('button', { name, exact: true });
  }
}
