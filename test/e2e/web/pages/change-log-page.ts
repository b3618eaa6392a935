// Page model of the change log (Innstillinger → Endringslogg).
import { expect, type Locator, type Page } from '@playwright/test';
import { PAGE_LOAD_TIMEOUT } from './app-shell';

export class ChangeLogPage {
  readonly table: Locator;
  readonly verify: Locator;
  readonly count: Locator;
  /** The data check's result: chain, records and anchor. */
  readonly report: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Endringslogg, nyeste først' });
    this.verify = page.getByRole('button', { name: 'Kontroller endringsloggen og dataene' });
    this.report = page.getByTestId('audit-report');
    this.count = page.getByTestId('change-log-count');
  }

  async openFromSettings(): Promise<void> {
    await this.page.goto('/#/innstillinger');
    await this.page.getByRole('link', { name: 'Se endringsloggen' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Endringslogg' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  }
}
