import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Build of the web harness: the renderer plus the HTTP preload, into dist-web/. */
export default defineConfig({
  root: resolve(import.meta.dirname),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, '../dist-web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // index.html is the app; gallery-*.html pages show single components with demo data for tests.
    rollupOptions: {
      input: Object.fromEntries(
        readdirSync(import.meta.dirname)
          .filter((f) => f.endsWith('.html'))
          .map((f) => [f.replace(/\.html$/, ''), resolve(import.meta.dirname, f)]),
      ),
    },
  },
  server: { fs: { allow: [resolve(import.meta.dirname, '..')] } },
});
