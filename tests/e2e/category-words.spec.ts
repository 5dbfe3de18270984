// End to end in Debian's Chromium (real services behind window.desk): a word added to a section 五
// category in 设置 re-categorises the report at once; the report view shows the new category with
// the word as its evidence.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LOCAL_APP_REPORT as REPORT } from '../fixtures/local-app-report'
import { CHROMIUM, expect, NO_CHROMIUM, test } from './fixtures'
import { createBackend } from './harness'

const POLL = { timeout: 60_000 }

test.describe('category words in Chromium', () => {
  test.skip(!CHROMIUM, NO_CHROMIUM)
  let work: string

  test.beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'desk-e2e-words-'))
  })

  test.afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true })
  })

  test('a word added in 设置 puts the problem in its category at once', async ({ openDesk }) => {
    const file = join(work, '某镇2023年报.txt')
    await writeFile(file, REPORT)
    const backend = createBackend(join(work, 'data'), null)
    await backend.desk.start()
    expect((await backend.desk.import([file])).imported).toBe(1)
    const page = await openDesk(backend)
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
  })
})
