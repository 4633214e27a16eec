/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// Two apps, one package: the guest's ordering app at / and the staff portal at /portal. The
// build lands in the adapter's classes (target/classes/web), so the jar carries it and Helidon
// serves it from the classpath (dev.chit.adapters.web.apps.WebApps).
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: resolve(import.meta.dirname, '../../../target/classes/web'),
    emptyOutDir: true,
    manifest: true,
    // Modern browsers only: no inline polyfill script, which the content security policy forbids.
    modulePreload: { polyfill: false },
    target: 'es2022',
    assetsInlineLimit: 0,
    rollupOptions: {
      input: {
        guest: resolve(import.meta.dirname, 'index.html'),
        portal: resolve(import.meta.dirname, 'portal/index.html'),
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/ws': { target: 'ws://localhost:8080', ws: true },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./test/setup.ts'],
    // The machine running the build may be busy: typing through user-event takes its time.
    testTimeout: 30_000,
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
  },
});
