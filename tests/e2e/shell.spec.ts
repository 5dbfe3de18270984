// The Chromium shell's own posture, as `npm start` runs it without Electron: the app's files come
// from https://desk.invalid/ by interception with the CSP as a header (frame-ancestors too), nothing
// else is fetched, a path outside the renderer folder is never served, and window.desk answers only
// the app's own page.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { APP_URL, attachDesk } from '../../src-main/chromium-shell/attach'
import { CHROMIUM, expect, NO_CHROMIUM, test } from './fixtures'
import { createBackend, E2E_RENDERER, ROOT } from './harness'

test.describe('the Chromium shell', () => {
  test.skip(!CHROMIUM, NO_CHROMIUM)
  let work: string
  test.beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'desk-shell-e2e-'))
  })
  test.afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true })
  })

  test('serves only the app, with its CSP as a header, and refuses every other request', async ({ browser, shim }) => {
    const backend = createBackend(join(work, 'a'), join(ROOT, 'resources', 'samples'))
    await backend.desk.start()
    const context = await browser.newContext()
    const blocked: string[] = []
    backend.attach(await attachDesk(context, { desk: backend.desk, rendererDir: E2E_RENDERER, shim, onBlocked: (u) => blocked.push(u), titleSuffix: ' · Chromium 外壳' }))
    const page = await context.newPage()
    const response = await page.goto(APP_URL)
    expect(response?.status()).toBe(200)
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
    await page.getByTestId('report-row').first().waitFor()
    await expect(page).toHaveTitle(/Chromium 外壳/)

    // Outside the renderer folder: not served, however it is spelled.
    for (const path of ['..%2F..%2Fpackage.json', '%2E%2E/%2E%2E/package.json', '..%5C..%5Cpackage.json', 'no-such-file.js']) {
      const status = await page.evaluate((p) => fetch(`/${p}`).then((r) => r.status), path)
      expect(status, path).toBe(404)
    }
    // Any other origin: refused before it leaves (the CSP would refuse it too; a navigation is not
    // subject to connect-src, so try that as well).
    expect(await page.evaluate(() => fetch('https://example.com/').then(() => 'reached', () => 'refused'))).toBe('refused')
    const other = await context.newPage()
    const nav = await other.goto('https://example.org/').then(() => 'loaded', (e: Error) => e.message)
    expect(nav).toContain('ERR_BLOCKED_BY_CLIENT')
    expect(blocked).toContain('https://example.org/')
    // window.desk in a page that is not the app's: the sender check refuses it.
    const answer = await other.evaluate(() => (window as unknown as { __deskInvoke?: (c: string, a: unknown) => Promise<string> }).__deskInvoke?.('library:list', null))
    expect(answer === undefined || JSON.parse(answer).ok === false).toBe(true)
    await context.close()
  })
})
