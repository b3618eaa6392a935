// Serves the built renderer from app://tilskudd/ with a strict CSP header.
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { protocol } from 'electron';
import { APP_SCHEME } from '@shared/ipc-channels';
import { securityHeaders } from '../security/csp';
import { resolveAppPath } from '../security/resolve-app-path';
import { contentTypeFor } from './mime';

/**
 * Must run before app 'ready'. "standard" gives the scheme a real origin (app://tilskudd), which
 * is what IndexedDB keys the user's data by; "secure" makes it a secure context.
 */
export function registerAppSchemePrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        // Vite emits <script type="module" crossorigin>, which is a CORS request.
        corsEnabled: true,
        codeCache: true,
      },
    },
  ]);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders() },
  });
}

/** Answers one app:// request from `rendererDir`. Exported for tests of the request path. */
export async function serveAppRequest(request: Request, rendererDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return textResponse(405, 'Metoden er ikke tillatt.');
  }
  let filePath = resolveAppPath(request.url, rendererDir);
  if (!filePath) return textResponse(404, 'Fant ikke siden.');

  if (!(await isFile(filePath))) {
    // Client-side routes (no file extension) get the app shell; missing assets are a 404.
    if (extname(filePath) !== '') return textResponse(404, 'Fant ikke filen.');
    filePath = join(rendererDir, 'index.html');
  }

  const body = await readFile(filePath);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { 'Content-Type': contentTypeFor(filePath), ...securityHeaders() },
  });
}

/** Must run after app 'ready'. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir));
}
