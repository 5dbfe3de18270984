import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// Vitest: the pure core (shared/), main-process services (src-main/) and Vue components (happy-dom).
// The end-to-end tests (tests/e2e, a real browser) are Playwright Test's: playwright.config.ts.
//
// Two groups, one after the other. 'core' files are single-threaded work (the extractor, prose,
// checks, views), so two of them run side by side, one per core. 'heavy' files OCR on two threads,
// read PDFs through the worker pool or spawn the app's CLI and LibreOffice: they run one at a time,
// as before, so that their 60 s budgets mean the same on a two-core machine.
const HEAVY = ['ocr', 'import', 'readers', 'shell', 'hostile', 'export', 'copies'].map((d) => `tests/${d}/**/*.test.ts`)
const NEVER = ['tests/e2e/**', '**/node_modules/**']

export default defineConfig({
  plugins: [vue()],
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The OCR process, read worker and CLI bundled once per run, started without tsx: tests/support/entry-bundles.ts.
    globalSetup: ['tests/support/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'core', include: ['tests/**/*.test.ts'], exclude: [...NEVER, ...HEAVY], maxWorkers: 2, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'heavy', include: HEAVY, exclude: NEVER, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
})
