// Serves the built renderer (out/renderer) on loopback, so the program runs in a browser tab.
import { defineConfig } from 'vite';

export default defineConfig({
  build: { outDir: 'out/renderer' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
