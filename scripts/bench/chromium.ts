// Shared helpers for benchmarks: serve the built renderer and drive Debian's Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../test/e2e/chromium-args';

// BENCH_PORT lets parallel checkouts bench side by side; strictPort so a bench never measures another's build.
const PORT = process.env.BENCH_PORT ?? '4174';
// BENCH_BASE_URL: the built program is already served there (the bench's own browser test), no server of our own.
const SERVED = process.env.BENCH_BASE_URL;
export const BASE_URL = SERVED ?? `http://127.0.0.1:${PORT}`;

export { CHROMIUM_ARGS };

/** The preview server this process started, or null when the program is served already. */
export type PreviewServer = ChildProcess | null;

export async function startPreviewServer(): Promise<PreviewServer> {
  if (SERVED) return null;
  const busy = await fetch(BASE_URL).then(() => true, () => false);
  if (busy) throw new Error(`Port ${PORT} is in use (another preview?): set BENCH_PORT to a free port.`);
  const server = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.ts', '--port', PORT, '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(BASE_URL)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stopServer(server);
  throw new Error('vite preview did not start on ' + BASE_URL);
}

export function stopServer(server: PreviewServer): void {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
