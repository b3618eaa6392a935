// Launches the built app (npx electron-vite build first) and checks the security promises
// from the outside: isolated, sandboxed renderer on app://, the bridge and nothing else.
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import type { Platform } from '../../../src/shared/platform';
import { electronBinaryPresent, SKIP_REASON } from './electron-binary';

// This file is typechecked without the DOM lib; this is all of `window` the tests touch.
type PageGlobals = { platform?: Platform; require?: unknown; process?: unknown };

test.skip(!electronBinaryPresent(), SKIP_REASON);

let app: ElectronApplication;
let page: Page;

test.beforeAll(async () => {
  app = await electron.launch({ args: ['out/main/index.js'] });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
});

test('the window is sandboxed and isolated', async () => {
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    // Undocumented but present at runtime: the preferences the renderer actually got.
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as {
      getLastWebPreferences(): Record<string, unknown> | null;
    };
    const preferences = contents.getLastWebPreferences();
    return {
      sandbox: preferences?.sandbox,
      contextIsolation: preferences?.contextIsolation,
      nodeIntegration: preferences?.nodeIntegration,
      webSecurity: preferences?.webSecurity,
    };
  });
  expect(prefs).toEqual({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
});

test('the page is served from app://tilskudd with the Tilskudd frivillige title', async () => {
  expect(page.url()).toMatch(/^app:\/\/tilskudd\//);
  const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
  expect(title).toBe('Tilskudd frivillige');
});

test('the page sees the platform bridge and no Node', async () => {
  // Functions run in the page: globalThis there is the page's window.
  expect(await page.evaluate(() => (globalThis as PageGlobals).platform?.kind)).toBe('electron');
  expect(await page.evaluate(() => typeof (globalThis as PageGlobals).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as PageGlobals).process)).toBe('undefined');
});

test('the app answers app-info over IPC', async () => {
  const info = await page.evaluate(() => (globalThis as PageGlobals).platform?.appInfo());
  expect(info).toMatchObject({ name: 'Tilskudd frivillige', kind: 'electron' });
});

test('links outside the known public sites are refused by the bridge', async () => {
  for (const url of ['file:///etc/passwd', 'https://evil.example/']) {
    const message = await page.evaluate((target) =>
      (globalThis as PageGlobals).platform?.openExternal(target).then(
        () => 'opened',
        (error: Error) => error.message,
      ), url,
    );
    expect(message, url).toContain('kjente offentlige nettsteder');
  }
});
