// A CPU profile of one bench step, taken through the DevTools protocol in the page, when
// BENCH_CPU_PROFILE names a folder: the .cpuprofile goes there (open it in Chromium's DevTools) and the
// functions with the most self time are printed, so a figure comes with where its time went.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Self time per function (name, file and line), largest first, in ms. */
export function topSelfTime(profile: CpuProfile, count = 15): { name: string; ms: number; share: number }[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byNode.get(samples[i]!);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split('/').pop() ?? '';
    const key = `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
    // A sample's time is the gap to the next one.
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  const total = (profile.endTime - profile.startTime) / 1000;
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({ name, ms, share: ms / total }));
}

/** Runs `work`, profiled when BENCH_CPU_PROFILE is set; otherwise just runs it. */
export async function withCpuProfile<T>(page: Page, step: string, work: () => Promise<T>): Promise<T> {
  const dir = process.env.BENCH_CPU_PROFILE;
  if (!dir) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    await cdp.detach();
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${step.replace(/[^a-z0-9]+/gi, '-')}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.log(`  profile of ${step}: ${file}; most self time:`);
    for (const row of topSelfTime(profile)) {
      console.log(`    ${row.ms.toFixed(0).padStart(7)} ms ${(100 * row.share).toFixed(1).padStart(5)} %  ${row.name}`);
    }
  }
}
