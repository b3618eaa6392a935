// Page model of the Sikkerhetskopi section in Innstillinger: back up now (a download in the
// browser) and restore from a file (the browser's file chooser).
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { PAGE_LOAD_TIMEOUT } from './app-shell';

export class BackupSection {
  readonly section: Locator;
  readonly backupNow: Locator;
  readonly chooseFile: Locator;
  readonly preview: Locator;
  readonly confirmDialog: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Sikkerhetskopi' });
    this.backupNow = this.section.getByRole('button', { name: 'Ta sikkerhetskopi nå' });
    this.chooseFile = this.section.getByRole('button', { name: 'Velg sikkerhetskopi …' });
    this.preview = this.section.getByTestId('restore-preview');
    this.confirmDialog = page.getByRole('dialog', { name: 'Gjenopprette sikkerhetskopien?' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/innstillinger');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
    await expect(this.section).toBeVisible();
  }

  async takeBackup(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.backupNow.click()]);
    return download;
  }

  async choose(filePath: string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.chooseFile.click()]);
    await chooser.setFiles(filePath);
  }

  /** Confirms the restore; resolves with the safety backup the browser downloads first. */
  async confirmRestore(): Promise<Download> {
    await this.section.getByRole('button', { name: 'Gjenopprett …' }).click();
    await expect(this.confirmDialog).toBeVisible();
    const [safety] = await Promise.all([
      this.page.waitForEvent('download'),
      this.confirmDialog.getByRole('button', { name: 'Gjenopprett', exact: true }).click(),
    ]);
    return safety;
  }
}
