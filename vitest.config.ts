import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// One runner for everything: the pure core (shared/), main-process services (src-main/),
// Vue components (happy-dom) and the Chromium end-to-end tests (tests/e2e, real browser).
export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
})
