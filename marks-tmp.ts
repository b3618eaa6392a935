import { chromium } from '@playwright/test';
const [profile, hash, last, runsArg] = process.argv.slice(2) as [string, string, string, string];
const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'], viewport: { width: 1366, height: 900 } });
const page = ctx.pages()[0] ?? (await ctx.newPage());
for (let i = 0; i < Number(runsArg ?? 3); i++) {
  await page.goto('http://127.0.0.1:4302/' + hash);
  await page.reload();
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, last, { timeout: 300_000 });
  const marks = await page.evaluate(() => { const open = performance.getEntriesByName('database:apen')[0]!.startTime; return performance.getEntriesByType('mark').map((m) => `${m.name}=${Math.round(m.startTime - open)}`).join(' '); });
  console.log(marks);
}
await ctx.close();
