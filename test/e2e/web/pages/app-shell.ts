// Page model of the app shell: app bar, side menu, main area and the About dialog.
import { expect, type Locator, type Page } from '@playwright/test';

export const AREAS = [
  { name: 'Oversikt', hash: '#/' },
  { name: 'Utlysninger', hash: '#/utlysninger' },
  { name: 'Søknader', hash: '#/soknader' },
  { name: 'Organisasjoner', hash: '#/organisasjoner' },
  { name: 'Vurdering og møter', hash: '#/vurdering' },
  { name: 'Vedtak og brev', hash: '#/vedtak' },
  { name: 'Utbetalinger', hash: '#/utbetalinger' },
  { name: 'Rapportering', hash: '#/rapportering' },
  { name: 'Klager', hash: '#/klager' },
  { name: 'Eksport', hash: '#/eksport' },
  { name: 'Innstillinger', hash: '#/innstillinger' },
] as const;

/** Pages are lazy chunks read from IndexedDB; on a busy machine 5 s is too tight. */
export const PAGE_LOAD_TIMEOUT = 15_000;

export class AppShell {
  readonly header: Locator;
  readonly nav: Locator;
  readonly main: Locator;
  readonly aboutButton: Locator;
  readonly aboutDialog: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    this.main = page.getByRole('main');
    this.aboutButton = this.header.getByRole('button', { name: 'Om programmet' });
    this.aboutDialog = page.getByRole('dialog', { name: 'Om Tilskudd frivillige' });
  }

  heading(name: string): Locator {
    return this.main.getByRole('heading', { level: 1, name, exact: true });
  }

  async expectSignedIn(municipality: string, officerName: string): Promise<void> {
    await expect(this.header).toContainText(`${municipality} kommune`);
    await expect(this.header).toContainText(officerName);
  }

  async goTo(area: string): Promise<void> {
    await this.nav.getByRole('link', { name: area, exact: true }).click();
    await expect(this.heading(area)).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  }

  async openAbout(): Promise<void> {
    await this.aboutButton.click();
    await expect(this.aboutDialog).toBeVisible();
  }
}
