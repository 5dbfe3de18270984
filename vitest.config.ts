import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// Vitest: the pure core (shared/), main-process services (src-main/) and Vue components (happy-dom).
// The end-to-end tests (tests/e2e, a real browser) are Playwright Test's: playwright.config.ts.
export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', '**/node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
})
