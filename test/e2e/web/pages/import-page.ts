// Page model of "Importer søknader": the stepper from file to saved applications.
import { expect, type Locator, type Page } from '@playwright/test';
import { PAGE_LOAD_TIMEOUT } from './app-shell';

export interface FileToImport {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export class ImportPage {
  readonly heading: Locator;
  readonly main: Locator;
  readonly call: Locator;
  readonly chooseFileButton: Locator;
  readonly progress: Locator;
  readonly cancelButton: Locator;
  readonly mappingTable: Locator;
  readonly errorsTable: Locator;
  readonly validTable: Locator;
  readonly summaryTable: Locator;
  readonly previewSummary: Locator;
  readonly duplicates: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Importer søknader' });
    this.call = this.main.getByRole('combobox', { name: 'Utlysning' });
    this.chooseFileButton = this.main.getByRole('button', { name: 'Velg fil …' });
    this.progress = this.main.getByRole('progressbar', { name: 'Fremdrift for innlesingen' });
    this.cancelButton = this.main.getByRole('button', { name: 'Avbryt' });
    this.mappingTable = this.main.getByRole('table', { name: 'Kolonneoppsett' });
    this.errorsTable = this.main.getByRole('table', { name: 'Rader med feil' });
    this.validTable = this.main.getByRole('table', { name: 'Søknader som kan importeres' });
    this.summaryTable = this.main.getByRole('table', { name: 'Resultat av importen' });
    this.previewSummary = this.main.getByTestId('import-summary');
    this.duplicates = this.main.getByTestId('import-duplicates');
  }

  async open(): Promise<void> {
    await this.page.goto('/#/soknader/importer');
    await expect(this.heading).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  }

  async chooseCall(title: string): Promise<void> {
    await this.call.click();
    await this.page.getByRole('option', { name: new RegExp(`^${title}`) }).click();
  }

  /** In the browser, openFile is a hidden file input: answer its chooser. */
  async chooseFile(file: string | FileToImport): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.chooseFileButton.click();
    await (await chooser).setFiles(file);
  }

  importButton(count: number | RegExp): Locator {
    const name = typeof count === 'number' ? `Importer ${count} ${count === 1 ? 'søknad' : 'søknader'}` : count;
    return this.main.getByRole('button', { name });
  }

  errorRow(row: number): Locator {
    return this.errorsTable.getByRole('row').filter({ has: this.page.getByRole('cell', { name: String(row), exact: true }) });
  }

  summaryCount(label: string): Locator {
    return this.summaryTable.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell');
  }
}
