import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './test/e2e/chromium-args';

const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'test/e2e',
  // CI has two cores, and one Chromium drawing letters (pdfmake, pdf.js) or running axe keeps both
  // busy: generous limits keep a slow moment from failing a test; tests still wait for what they assert.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // One browser at a time in CI: on two cores a second one mostly adds contention and flaky timing.
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    trace: 'retain-on-failure',
    video: 'off',
  },
  projects: [
    {
      name: 'web',
      testDir: 'test/e2e/web',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
      },
    },
    { name: 'electron', testDir: 'test/e2e/electron' },
  ],
  webServer: {
    command: 'npx vite preview --config vite.web.config.ts',
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
