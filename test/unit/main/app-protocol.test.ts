import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: {} }));
const { serveAppRequest } = await import('../../../src/main/protocol/app-protocol');

let root: string;
let outside: string;

beforeAll(async () => {
  outside = await mkdtemp(join(tmpdir(), 'app-protocol-'));
  root = join(outside, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(join(root, 'assets', 'main.js'), 'console.log(1)');
  await writeFile(join(outside, 'secret.txt'), 'secret');
});

afterAll(() => rm(outside, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveAppRequest(new Request(url, { method }), root);

describe('serveAppRequest', () => {
  it('serves the app with a strict CSP and the right content type', async () => {
    const response = await get('app://tilskudd/assets/main.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers client-side routes with index.html but missing assets with 404', async () => {
    const route = await get('app://tilskudd/soknader/42');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<!doctype html>');
    expect((await get('app://tilskudd/assets/missing.js')).status).toBe(404);
  });

  it('never serves files outside the renderer folder', async () => {
    const response = await get('app://tilskudd/..%2fsecret.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses writes', async () => {
    expect((await get('app://tilskudd/index.html', 'POST')).status).toBe(405);
  });
});
