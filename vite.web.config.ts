// Serves the built renderer (out/renderer) on loopback, so the program runs in a browser tab, with
// the same security headers the Electron window gets from app:// (CSP with frame-ancestors 'none',
// which a <meta> cannot set).
import { defineConfig } from 'vite';
import { securityHeaders } from './src/main/security/csp';

export default defineConfig({
  build: { outDir: 'out/renderer' },
  // E2E_PORT lets several checkouts run their browser tests side by side; officers use 4173.
  preview: {
    host: '127.0.0.1',
    port: Number(process.env.E2E_PORT ?? 4173),
    strictPort: true,
    headers: securityHeaders(),
  },
});
