// The end-to-end suite (Playwright Test): `npx playwright test`, also run by `npm test` after Vitest.
// Two projects: the Chromium shell (the built renderer in the machine's Chromium with the real
// main-process services; needs no Electron) and the Electron app (skips, saying why, without a binary).
// Never downloads a browser: the machine's Chromium is used (src-main/chromium-shell/find-chromium.ts).
import { defineConfig } from '@playwright/test'
import { OFFLINE_ARGS } from './src-main/chromium-shell/offline-args'
import { findChromium } from './src-main/chromium-shell/find-chromium'

const chromium = findChromium()

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-output/playwright',
  globalSetup: './tests/e2e/global-setup.ts',
  // Two cores: one worker; a test imports whole corpora.
  workers: 1,
  timeout: 300_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'test-output/playwright-report' }]],
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    locale: 'zh-CN',
  },
  projects: [
    {
      name: 'chromium-shell',
      testIgnore: /electron\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        launchOptions: {
          ...(chromium ? { executablePath: chromium } : {}),
          args: [...OFFLINE_ARGS, '--disable-gpu', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
        },
      },
    },
    { name: 'electron', testMatch: /electron\.spec\.ts$/ },
  ],
})
