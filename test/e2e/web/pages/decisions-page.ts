// Page models of the decisions area (vedtak og brev): the call's list and one decision page.
import { expect, type Locator, type Page } from '@playwright/test';
import { PAGE_LOAD_TIMEOUT } from './app-shell';

export class DecisionList {
  readonly table: Locator;
  readonly decideSelected: Locator;
  readonly makeLetters: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Søknader og vedtak' });
    this.decideSelected = page.getByRole('button', { name: 'Vedta for valgte' });
    this.makeLetters = page.getByRole('button', { name: /^Lag (alle )?brev/ });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/vedtak');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Vedtak og brev' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
    await expect(this.table).toBeVisible();
  }

  row(title: string): Locator {
    return this.table.getByRole('row').filter({ hasText: title });
  }

  async openDecision(title: string): Promise<DecisionPage> {
    await this.table.getByRole('link', { name: title }).click();
    const decision = new DecisionPage(this.page);
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    return decision;
  }
}

export class DecisionPage {
  readonly form: Locator;
  readonly amount: Locator;
  readonly justification: Locator;
  readonly save: Locator;
  readonly letters: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Vedtak' });
    this.amount = this.form.getByRole('textbox', { name: /^Innvilget beløp/ });
    this.justification = this.form.getByRole('textbox', { name: /^Begrunnelse/ });
    this.save = this.form.getByRole('button', { name: 'Lagre vedtaket' });
    this.letters = page.getByRole('table', { name: 'Brev for vedtaket' });
  }

  outcome(label: string): Locator {
    return this.form.getByRole('radio', { name: label, exact: true });
  }

  async decide(outcome: string, options: { amount?: string; template?: string; text?: string } = {}): Promise<void> {
    await this.outcome(outcome).check();
    if (options.amount) await this.amount.fill(options.amount);
    if (options.template) {
      await this.form.getByRole('button', { name: 'Sett inn mal' }).click();
      await this.page.getByRole('menuitem', { name: options.template }).click();
    }
    if (options.text) await this.justification.fill(options.text);
    await this.save.click();
    await expect(this.page.getByText('Vedtaket er lagret.')).toBeVisible();
  }

  async back(): Promise<void> {
    await this.page.getByRole('link', { name: 'Alle vedtak i utlysningen' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Vedtak og brev' })).toBeVisible();
  }
}
