import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { preloadShellChunks } from './scripts/vite/preload-shell-chunks';

const shared = resolve(import.meta.dirname, 'src/shared');

export default defineConfig({
  main: {
    resolve: { alias: { '@shared': shared } },
    build: { outDir: 'out/main' },
  },
  preload: {
    resolve: { alias: { '@shared': shared } },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be a single CommonJS file.
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    resolve: {
      alias: { '@shared': shared, '@renderer': resolve(import.meta.dirname, 'src/renderer/src') },
    },
    plugins: [react(), preloadShellChunks('/src/app/SignedInApp.tsx')],
    worker: { format: 'es' },
    build: {
      outDir: 'out/renderer',
      minify: true,
      sourcemap: false,
      rollupOptions: { input: resolve(import.meta.dirname, 'src/renderer/index.html') },
    },
  },
});
