// Quick: decision list (and optionally Søknader) load marks in a filled bench profile, N runs.
import { chromium } from '@playwright/test';
const [profile, what, runsArg] = process.argv.slice(2) as [string, string, string];
const runs = Number(runsArg ?? 5);
const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'], viewport: { width: 1366, height: 900 } });
const page = ctx.pages()[0] ?? (await ctx.newPage());
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const targets: Record<string, { hash: string; marks: string[] }> = {
  small: { hash: '#/vedtak?utlysning=call-2020-b', marks: ['vedtaksliste:start', 'vedtaksliste:forste-rader', 'vedtaksliste:alle-rader'] },
  big: { hash: '#/vedtak?utlysning=call-2020', marks: ['vedtaksliste:start', 'vedtaksliste:forste-rader', 'vedtaksliste:alle-rader'] },
  list: { hash: '#/soknader', marks: ['soknadsliste:start', 'soknadsliste:forste-rader', 'soknadsliste:alle-rader'] },
};
const t = targets[what]!;
const rows: number[][] = [];
for (let i = 0; i < runs; i++) {
  await page.goto('http://127.0.0.1:4302/' + t.hash);
  await page.reload();
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, t.marks[2]!, { timeout: 300_000 });
  rows.push(await page.evaluate((names) => names.map((n) => performance.getEntriesByName(n)[0]!.startTime - performance.getEntriesByName('database:apen')[0]!.startTime), t.marks));
}
const raw = await page.evaluate(async (callId) => {
  const db = await new Promise<IDBDatabase>((res) => { const r = indexedDB.open('tilskudd-frivillige'); r.onsuccess = () => res(r.result); });
  const t0 = performance.now();
  await new Promise((res) => { const s = db.transaction('applications').objectStore('applications'); const r = callId ? s.index('callId').getAll(IDBKeyRange.only(callId)) : s.getAll(); r.onsuccess = () => res(r.result); });
  const ms = performance.now() - t0; db.close(); return ms;
}, what === 'list' ? null : t.hash.split('=')[1]);
console.log(what, 'mount/first/all since db open:', rows.map((r) => r.map(Math.round).join('/')).join('  '));
console.log(what, 'median first-mount', Math.round(med(rows.map((r) => r[1]! - r[0]!))), 'first', Math.round(med(rows.map((r) => r[1]!))), 'all', Math.round(med(rows.map((r) => r[2]!))), 'raw', Math.round(raw), 'ratio', (med(rows.map((r) => r[2]!)) / raw).toFixed(2));
await ctx.close();
