// Serves the built renderer (out/renderer) on loopback, so the program runs in a browser tab, with
// the same security headers the Electron window gets from app:// (CSP with frame-ancestors 'none',
// which a <meta> cannot set).
import { defineConfig, type Plugin } from 'vite';
import { securityHeaders } from './src/main/security/csp';

/**
 * The files under /assets/ are named by their content's hash, so a browser may keep them for good:
 * without this every start asked the server again for each of the ~60 chunks of the shell and the
 * first page (304s, six at a time over HTTP/1.1), a round trip per six chunks before the page could
 * run. index.html stays «no-cache», so a new build is picked up at the next start.
 */
const cacheHashedAssets: Plugin = {
  name: 'cache-hashed-assets',
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url?.startsWith('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      next();
    });
  },
};

export default defineConfig({
  build: { outDir: 'out/renderer' },
  plugins: [cacheHashedAssets],
  // E2E_PORT lets several checkouts run their browser tests side by side; officers use 4173.
  preview: {
    host: '127.0.0.1',
    port: Number(process.env.E2E_PORT ?? 4173),
    strictPort: true,
    headers: securityHeaders(),
  },
});
