// End to end in Debian's Chromium (real services behind window.desk): a word added to a section 五
// category in 设置 re-categorises the report at once; the report view shows the new category with
// the word as its evidence. Kept in its own file so that it moves with the e2e harness.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type Browser } from 'playwright-core'
import { LOCAL_APP_REPORT as REPORT } from '../fixtures/local-app-report'
import { buildRenderer, CHROMIUM, createBackend, hasChromium, openApp, serveDir, shimScript } from './harness'

const POLL = { timeout: 60_000 }
if (!hasChromium) console.log(`skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium fonts-noto-cjk)`)


describe.skipIf(!hasChromium)('category words in Chromium', () => {
  let browser: Browser
  let server: { url: string; close: () => Promise<void> }
  let work: string

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'desk-e2e-words-'))
    await buildRenderer(join(work, 'renderer'))
    server = await serveDir(join(work, 'renderer'))
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('a word added in 设置 puts the problem in its category at once', async () => {
    const file = join(work, '某镇2023年报.txt')
    await writeFile(file, REPORT)
    const backend = createBackend(join(work, 'data'), null)
    await backend.desk.start()
    expect((await backend.desk.import([file])).imported).toBe(1)
    const page = await openApp(browser, server.url, backend, await shimScript())
    const problems = page.getByTestId('entries-problems')

    await page.locator('[data-view="report"]').click()
    await page.getByTestId('report-year').selectOption('2023')
    await problems.waitFor()
    expect(await problems.textContent()).not.toContain('平台系统不稳定、不好用')

    await page.locator('[data-view="settings"]').click()
    await page.getByTestId('word-input-platform-stability').fill('阳光村务')
    await page.getByTestId('add-word-platform-stability').click()
    await expect.poll(() => page.getByTestId('words-platform-stability').textContent(), POLL).toContain('阳光村务')

    await page.locator('[data-view="report"]').click()
    await expect.poll(() => problems.textContent(), POLL).toContain('平台系统不稳定、不好用')
    expect(await page.getByTestId('cat-words-problems-0').textContent()).toContain('阳光村务')
    await page.context().close()
  }, 300_000)
})
