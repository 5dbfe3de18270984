// End to end in Debian's Chromium (real services behind window.desk): a body renamed between two
// years (云溪市教育局 → 云溪市教育体育局, the synthetic corpus's 2021 report with the name replaced)
// stands as two series and SERIES_RENAMED says so; in the report view 更正机关名称 / 年度 joins it
// to the old name by one pick from the list: the flag goes, the report's series has both years,
// the library lists one body; 恢复原名称 splits them again.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM, expect, NO_CHROMIUM, test } from './fixtures'
import { createBackend, ROOT } from './harness'

const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'synthetic')
const OLD = '云溪市教育局'
const NEW = '云溪市教育体育局'
const POLL = { timeout: 60_000 }

test.describe('correcting a report’s body name in Chromium', () => {
  test.skip(!CHROMIUM, NO_CHROMIUM)
  test.skip(!existsSync(join(CORPUS, 'yunxi-jyj_2021.txt')), `corpus absent at ${CORPUS}`)
  let work: string

  test.beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'desk-e2e-rename-'))
  })

  test.afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true })
  })

  test('a renamed body joins its series by one pick, and splits again on 恢复原名称', async ({ openDesk }) => {
    const before = join(work, 'jyj_2020.txt')
    const after = join(work, 'jyj_2021_renamed.txt')
    await copyFile(join(CORPUS, 'yunxi-jyj_2020.txt'), before)
    await writeFile(after, (await readFile(join(CORPUS, 'yunxi-jyj_2021.txt'), 'utf8')).replaceAll(OLD, NEW))
    const backend = createBackend(join(work, 'data'), null)
    await backend.desk.start()
    expect((await backend.desk.import([before, after])).imported).toBe(2)
    const page = await openDesk(backend)

    const groups = page.getByTestId('body-group')
    await expect.poll(() => groups.count(), POLL).toBe(2)

    await page.locator('[data-view="report"]').click()
    const picker = page.getByTestId('body-picker')
    await picker.waitFor()
    const value = await picker.evaluate((el, name) => Array.from((el as HTMLSelectElement).options).find((o) => o.text.startsWith(name))?.value ?? '', NEW)
    await picker.selectOption(value)
    await page.getByTestId('report-year').selectOption('2021')
    const title = page.getByTestId('report-title')
    await expect.poll(() => title.textContent(), POLL).toContain(`${NEW} · 2021`)
    const renamed = page.locator('[data-testid="report-flags"] li[data-check="SERIES_RENAMED"]')
    await expect.poll(() => renamed.count(), POLL).toBe(1)
    expect(await renamed.textContent()).toContain('更正机关名称')

    await page.getByTestId('identity-edit').click()
    const offered = await page.locator('[data-testid="identity-names"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
    expect(offered).toEqual([OLD])
    await page.getByTestId('identity-agency').fill(OLD)
    await page.getByTestId('identity-save').click()

    await expect.poll(() => title.textContent(), POLL).toContain(`${OLD} · 2021`)
    expect(await page.getByTestId('identity-agency-corrected').textContent()).toContain(`原文：${NEW}`)
    await expect.poll(() => renamed.count(), POLL).toBe(0)
    // One series: both years offered for the report's body, one body in the library.
    await expect.poll(() => page.getByTestId('report-year').locator('option:not([disabled])').allTextContents(), POLL).toEqual(['2020', '2021'])
    await page.locator('[data-view="library"]').click()
    await expect.poll(() => groups.count(), POLL).toBe(1)

    await page.locator('[data-view="report"]').click()
    await page.getByTestId('identity-revert-agency').click()
    await expect.poll(() => title.textContent(), POLL).toContain(`${NEW} · 2021`)
    await expect.poll(() => renamed.count(), POLL).toBe(1)
    expect(await page.getByTestId('identity-agency-corrected').count()).toBe(0)
    await page.locator('[data-view="library"]').click()
    await expect.poll(() => groups.count(), POLL).toBe(2)
    await page.context().close()
  })
})
