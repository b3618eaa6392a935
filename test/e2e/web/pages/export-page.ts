// Page model of Eksport: the year, the summary table and the three save buttons.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { PAGE_LOAD_TIMEOUT } from './app-shell';

export class ExportPage {
  readonly year: Locator;

  constructor(readonly page: Page) {
    this.year = page.getByRole('combobox', { name: 'År' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/eksport');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Eksport' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  }

  summary(year: number): Locator {
    return this.page.getByRole('table', { name: `Sammendrag for ${year} per delmål` });
  }

  /** The text of one figure in the summary, e.g. ("Totalt", "innvilget_sum"). */
  figure(year: number, row: string, column: string): Locator {
    return this.summary(year).getByTestId(`summary-${row}`).locator(`[data-column="${column}"]`);
  }

  async save(button: 'Lagre regneark (XLSX)' | 'Lagre CSV' | 'Lagre JSON'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: button }).click(),
    ]);
    return download;
  }
}
