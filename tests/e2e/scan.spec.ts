// End to end in Debian's Chromium: a scanned report (an image-only PDF made in the test from a
// synthetic report: pages rendered, turned, speckled) is imported through the app. The import shows
// the OCR's page progress; the report view lists the rows read by OCR to check, and a number read
// by OCR shows the crop of the scan it came from, cut again from the library's copy of the file
// (in the OCR process, not the main process).
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { degrade, imagePdf, renderPages } from '../../src-main/eval/make-scan'
import { CHROMIUM, expect, NO_CHROMIUM, test } from './fixtures'
import { createBackend, ROOT, shot } from './harness'

const SOURCE = join(ROOT, '..', 'shared', 'corpus', 'synthetic', 'yunxi-jyj_2021.pdf')
const HAS_PDFTOPPM = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].some(existsSync)

test.describe('a scanned report in the app', () => {
  test.skip(!CHROMIUM, NO_CHROMIUM)
  test.skip(!existsSync(SOURCE) || !HAS_PDFTOPPM, 'synthetic corpus or pdftoppm (poppler-utils) absent')
  let work: string
  let scan: string
  let cacheBefore: string | undefined

  test.beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'desk-scan-e2e-'))
    // A cache of its own: the OCR really runs (import workers read the environment when they start).
    cacheBefore = process.env.XDG_CACHE_HOME
    process.env.XDG_CACHE_HOME = join(work, 'cache')
    await mkdir(join(work, 'incoming'))
    scan = join(work, 'incoming', '扫描件.pdf')
    const pages = renderPages(SOURCE, 150).map((img, i) => degrade(img, { rotate: i % 2 ? -0.5 : 0.4, noise: 6, seed: i + 3 }))
    await writeFile(scan, imagePdf(pages, 150))
  })

  test.afterAll(async () => {
    if (cacheBefore === undefined) delete process.env.XDG_CACHE_HOME
    else process.env.XDG_CACHE_HOME = cacheBefore
    if (work) await rm(work, { recursive: true, force: true })
  })

  test('imports with page progress, lists the OCR rows and shows the crop of the scan beside a number', async ({ openDesk }) => {
    test.setTimeout(600_000)
    const backend = createBackend(join(work, 'data'), null)
    await backend.desk.start()
    const page = await openDesk(backend)
    backend.nextDialog = [scan]
    await page.getByTestId('import-files').click()
    // The OCR's progress by page, while it reads.
    await expect(page.getByTestId('import-ocr-pages')).toContainText(/文字识别：第 \d+ \/ \d+ 页/, { timeout: 120_000 })
    await expect(page.getByTestId('import-cancel')).toBeVisible()
    await shot(page, 'scan-01-ocr-progress')
    await page.getByTestId('import-results').waitFor({ timeout: 540_000 })
    const row = page.getByTestId('report-row')
    await expect(row).toHaveCount(1)
    await expect(row.getByTestId('report-format')).toHaveText('PDF')
    await row.getByRole('button', { name: '详情' }).click()
    await page.getByTestId('report-view').waitFor()

    // The rows read by OCR, to check against the scan.
    const list = page.getByTestId('scan-checklist')
    await expect(list).toContainText('文字识别读出')
    await list.getByTestId('scan-checklist-toggle').click()
    const rows = list.getByTestId('scan-row')
    expect(await rows.count()).toBeGreaterThan(10)

    // A number of table 三 read by OCR: its crop of the scan beside the value.
    const cell = page.locator('td[data-cell="requests.received.6"]')
    await expect(cell).not.toHaveText('')
    const value = (await cell.textContent())!.trim()
    await cell.click()
    const panel = page.getByTestId('cell-panel')
    const img = panel.getByTestId('scan-crop')
    // The first crop starts the process that cuts crops (on a busy machine, tens of seconds).
    await expect(img).toBeVisible({ timeout: 180_000 })
    expect(await img.getAttribute('src')).toMatch(/^data:image\/png;base64,/)
    const size = await img.evaluate((el) => [(el as HTMLImageElement).naturalWidth, (el as HTMLImageElement).naturalHeight])
    // A band of one row: much wider than tall.
    expect(size[0]!).toBeGreaterThan(300)
    expect(size[0]! / size[1]!).toBeGreaterThan(4)
    await expect(panel.getByTestId('provenance-text')).toContainText(value)
    await shot(page, 'scan-02-crop')
    // Enlarged at a click (the panel is narrow, a row is wide), closed at another.
    await img.click()
    await expect(page.getByTestId('scan-crop-large')).toBeVisible()
    await shot(page, 'scan-03-crop-large')
    await page.getByTestId('scan-crop-large').click()
    await expect(page.getByTestId('scan-crop-large')).toHaveCount(0)

    // Clicking a row of the checklist opens its number with the crop too.
    await rows.first().click()
    await expect(panel.getByTestId('scan-crop')).toBeVisible({ timeout: 60_000 })
  })
})
