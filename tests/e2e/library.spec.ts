// End to end in Debian's Chromium: the built renderer, window.desk backed by the real services on a
// temp data folder. First start shows the samples; a corpus folder plus a corrupt file imports with
// progress and per-file results; a restart finds the library intact; the samples go in one click.
import { mkdtemp, readdir, rm, writeFile, mkdir } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { generateLibrary } from '../../src-main/library/generate'
import { CHROMIUM, expect, NO_CHROMIUM, test } from './fixtures'
import { createBackend, ROOT, shot } from './harness'

const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'synthetic')
const SAMPLES = join(ROOT, 'resources', 'samples')
const POLL = { timeout: 60_000 }

test.describe('library in Chromium', () => {
  test.skip(!CHROMIUM, NO_CHROMIUM)
  test.skip(!existsSync(CORPUS), `corpus absent at ${CORPUS}`)
  // One library carried from test to test (import, restart, removal): in order.
  test.describe.configure({ mode: 'serial' })
  let work: string
  let dataDir: string
  let badDir: string
  let sampleCount = 0

  test.beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'desk-e2e-'))
    dataDir = join(work, 'data')
    badDir = join(work, 'incoming')
    await mkdir(badDir)
    // A "PDF" that is not one: the import must fail it with a Chinese reason, not crash.
    await writeFile(join(badDir, '损坏的报告.pdf'), Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog garbage \x00\x01\x02 truncated'))
    sampleCount = (await readdir(SAMPLES)).filter((n) => /\.(txt|html?|pdf|docx)$/.test(n)).length
  })

  test.afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true })
  })

  let openDesk: (backend: ReturnType<typeof createBackend>) => Promise<Page>
  test.beforeEach(({ openDesk: open }) => {
    openDesk = open
  })

  async function start(): Promise<{ page: Page; backend: ReturnType<typeof createBackend> }> {
    const backend = createBackend(dataDir, SAMPLES)
    await backend.desk.start()
    const page = await openDesk(backend)
    return { page, backend }
  }

  const count = (page: Page) => page.getByTestId('report-row').count()

  test('first start shows the bundled samples, marked 示例', async () => {
    const { page } = await start()
    await page.getByTestId('report-row').first().waitFor()
    expect(await count(page)).toBe(sampleCount)
    expect(await page.locator('.tag.sample').count()).toBe(sampleCount)
    await expect.poll(() => page.getByTestId('samples-note').textContent(), POLL).toContain('示例')
    expect(await page.getByTestId('remove-samples').isVisible()).toBe(true)
    // The page's CSP refuses any connection off the app's origin (a violation is reported).
    const violated = await page.evaluate(async () => {
      const seen = new Promise<string>((ok) => document.addEventListener('securitypolicyviolation', (e) => ok(e.effectiveDirective), { once: true }))
      await fetch('https://example.com/track').catch(() => undefined)
      return seen
    })
    expect(violated).toBe('connect-src')
    await shot(page, '01-first-start')
    await page.context().close()
  })

  test('imports a corpus folder with progress and per-file results, including the corrupt file', async () => {
    const { page, backend } = await start()
    await page.getByTestId('report-row').first().waitFor()
    const before = await count(page)
    backend.nextDialog = [CORPUS, badDir]
    // Watch for the progress panel while the import runs.
    const sawProgress = page
      .getByTestId('import-progress')
      .filter({ hasText: /正在读取 [\d,]*[1-9]/ })
      .waitFor({ timeout: 120_000 })
      .then(() => true, () => false)
    await page.getByTestId('import-folder').click()
    let progressShot = false
    if (await sawProgress) {
      await shot(page, '02-import-progress')
      progressShot = true
    }
    await page.getByTestId('import-results').waitFor({ timeout: 300_000 })
    expect(progressShot).toBe(true)
    const bad = page.locator('[data-status="failed"]', { hasText: '损坏的报告.pdf' })
    await bad.waitFor()
    const reason = (await bad.locator('.reason').textContent()) ?? ''
    expect(reason).toMatch(/[\u4e00-\u9fff]/)
    expect(reason).toContain('损坏的报告.pdf')
    // The samples' source texts are in the corpus folder too: those are skipped as already present.
    const skipped = page.locator('[data-status="skipped"]')
    expect(await skipped.count()).toBeGreaterThanOrEqual(sampleCount)
    expect(await skipped.first().locator('.reason').textContent()).toMatch(/[\u4e00-\u9fff]/)
    await expect.poll(() => count(page), POLL).toBeGreaterThan(before)
    await shot(page, '03-import-results')
    await page.getByRole('button', { name: /显示全部/ }).click()
    await shot(page, '04-import-results-all')
    await page.context().close()
  })

  test('a restart on the same data folder finds the library intact', async () => {
    const first = createBackend(dataDir, SAMPLES)
    await first.desk.start()
    // One row per report (a body and a year); copies of it are listed under its row.
    const expected = (await first.desk.list()).reports.filter((r) => r.copy?.role === 'used').length
    const { page } = await start()
    await page.getByTestId('report-row').first().waitFor()
    expect(await count(page)).toBe(expected)
    expect(await page.getByTestId('report-count').textContent()).toContain(String(expected))
    await shot(page, '05-after-restart')
    await page.context().close()
  })

  test('removes the samples in one click, and they stay removed after a restart', async () => {
    const { page, backend } = await start()
    await page.getByTestId('report-row').first().waitFor()
    const before = await count(page)
    await page.getByTestId('remove-samples').click()
    // A sample's report stays where the corpus holds other copies of it: the rows are the reports left.
    const reportsLeft = async () => (await backend.desk.list()).reports.filter((r) => r.copy?.role === 'used').length
    // Every sample here also came in with the corpus folder, so the row count may not fall: the
    // samples' files go, and the rows are then exactly the reports left.
    await expect.poll(() => page.locator('.tag.sample').count(), POLL).toBe(0)
    await expect.poll(async () => (await count(page)) === (await reportsLeft()) && (await count(page)) <= before, POLL).toBe(true)
    await expect.poll(() => page.getByTestId('remove-samples').count(), POLL).toBe(0)
    await shot(page, '06-samples-removed')
    await page.context().close()
    const again = await start()
    await again.page.getByTestId('report-row').first().waitFor()
    expect(await again.page.locator('.tag.sample').count()).toBe(0)
    await again.page.context().close()
  })

  test('settings view changes a threshold and the language', async () => {
    const { page, backend } = await start()
    await page.locator('[data-view="settings"]').click()
    const input = page.getByTestId('notHeld')
    await input.fill('25')
    await page.getByTestId('save-checks').click()
    await expect.poll(() => backend.desk.getSettings().checks.notHeldShare, POLL).toBe(0.25)
    await shot(page, '07-settings')
    await page.getByTestId('language').selectOption('en')
    await expect.poll(() => page.locator('[data-view="library"]').textContent(), POLL).toContain('Library')
    await page.locator('[data-view="library"]').click()
    await shot(page, '08-library-english')
    await page.getByTestId('lang-toggle').click()
    await expect.poll(() => page.locator('[data-view="library"]').textContent(), POLL).toContain('报告库')
    // Every sidebar entry switches the view.
    for (const view of ['dashboard', 'compare', 'flags', 'report', 'library']) {
      await page.locator(`[data-view="${view}"]`).click()
      await expect.poll(() => page.locator(`[data-view="${view}"]`).getAttribute('class'), POLL).toContain('active')
    }
    await page.context().close()
  })

  test('shows a library of 700 reports (and prints how long it took)', async () => {
    const bigDir = join(work, 'big')
    await generateLibrary(join(bigDir, 'library'), { count: 700 })
    const t0 = performance.now()
    const backend = createBackend(bigDir, null)
    const started = backend.desk.start()
    const page = await openDesk(backend)
    await started
    await expect.poll(() => count(page), POLL).toBe(700)
    const ms = performance.now() - t0
    console.log(`700 reports shown in ${Math.round(ms)} ms`)
    expect(await page.getByTestId('report-count').textContent()).toContain('700')
    await shot(page, '09-700-reports')
    await page.context().close()
  })
})
