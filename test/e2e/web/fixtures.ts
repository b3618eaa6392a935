// Shared set-up: a page models pair, and an officer already past the first run.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { FirstRunPage } from './pages/first-run-page';
import { AppShell, PAGE_LOAD_TIMEOUT } from './pages/app-shell';

export const OFFICER = { municipality: 'Bergen', name: 'Kari Nordmann' } as const;

interface Fixtures {
  firstRun: FirstRunPage;
  shell: AppShell;
  /** Completes the first run as OFFICER and waits for the overview. */
  signedIn: AppShell;
}

export const test = base.extend<Fixtures>({
  // Saved notices and dialogs grow or fade in; an axe check that meets one half-drawn measures a
  // contrast the officer never sees for more than a moment. Their transitions are switched off in tests.
  page: async ({ page }, use) => {
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent =
          '.MuiSnackbar-root, .MuiSnackbar-root *, .MuiDialog-root, .MuiDialog-root *, .MuiBackdrop-root { transition: none !important; }';
        document.head.append(style);
      });
    });
    await use(page);
  },
  firstRun: async ({ page }, use) => use(new FirstRunPage(page)),
  shell: async ({ page }, use) => use(new AppShell(page)),
  // Its own timeout, so a slow first start does not eat the test's time.
  signedIn: [
    async ({ firstRun, shell }, use) => {
      await firstRun.open();
      await firstRun.complete(OFFICER.municipality, OFFICER.name);
      await expect(shell.heading('Oversikt')).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
      await use(shell);
    },
    { timeout: 45_000 },
  ],
});

export { expect };

/** WCAG 2.1 AA violations of impact serious or critical on the page as it is now, as {id, nodes}. */
export async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

