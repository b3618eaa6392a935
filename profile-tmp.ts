// CPU profile of one page load of a list, in a filled bench profile. Usage: tsx profile.ts <profileDir> <url-hash> <lastMark> <out>
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
const [profile, hash, lastMark, out] = process.argv.slice(2) as [string, string, string, string];
const base = 'http://127.0.0.1:4302';
const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'], viewport: { width: 1366, height: 900 } });
const page = ctx.pages()[0] ?? (await ctx.newPage());
await page.goto(base + '/' + hash);
await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, lastMark, { timeout: 300_000 });
await page.waitForTimeout(1500);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.reload();
await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, lastMark, { timeout: 300_000 });
const { profile: prof } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[]; startTime: number } };
writeFileSync(out, JSON.stringify(prof));
const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]));
console.log(JSON.stringify(marks));
const self = new Map<number, number>();
prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const byName = new Map<string, number>();
for (const n of prof.nodes) {
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  byName.set(key, (byName.get(key) ?? 0) + (self.get(n.id) ?? 0));
}
const top = [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [k, v] of top) console.log((v / 1000).toFixed(1).padStart(8), 'ms', k);
await ctx.close();
