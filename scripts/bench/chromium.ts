// Shared helpers for benchmarks: serve the built renderer and drive Debian's Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../test/e2e/chromium-args';

// BENCH_PORT lets benches run beside each other (or beside a test server) on one machine.
const PORT = process.env.BENCH_PORT ?? '4174';
export const BASE_URL = `http://127.0.0.1:${PORT}`;

export { CHROMIUM_ARGS };

export async function startPreviewServer(): Promise<ChildProcess> {
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

export function stopServer(server: ChildProcess): void {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
