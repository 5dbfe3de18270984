// Playwright Test fixtures for the Chromium project: the machine's Chromium (never a downloaded
// one), the desk shim bundled once per worker, and `openDesk(backend)`: a fresh browser context
// with the app attached to that backend, as the Chromium shell of `npm start` does it.
import { test as base, type Page } from '@playwright/test'
import { APP_URL, attachDesk } from '../../src-main/chromium-shell/attach'
import { findChromium } from '../../src-main/chromium-shell/find-chromium'
import { buildShim } from '../../src-main/chromium-shell/shim-bundle'
import { E2E_RENDERER, type Backend } from './harness'

export const CHROMIUM = findChromium()
export const NO_CHROMIUM = 'no Chromium or Chrome on this machine (apt-get install -y chromium fonts-noto-cjk, or DESK_CHROMIUM=/path/to/chrome)'

export interface DeskFixtures {
  /** Opens the app in a new browser context backed by `backend` (started by the caller). */
  openDesk(backend: Backend): Promise<Page>
}

export const test = base.extend<DeskFixtures, { shim: string }>({
  shim: [async ({}, use) => use(await buildShim()), { scope: 'worker' }],
  openDesk: async ({ browser, shim }, use) => {
    await use(async (backend) => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', serviceWorkers: 'block' })
      backend.attach(await attachDesk(context, { desk: backend.desk, rendererDir: E2E_RENDERER, shim }))
      const page = await context.newPage()
      page.on('dialog', (d) => void d.accept())
      await page.goto(APP_URL)
      return page
    })
  },
})

export { expect } from '@playwright/test'
