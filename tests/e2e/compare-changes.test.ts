// End to end in Debian's Chromium: the compare view's rank and percentage rows say their change
// in the unit that means something — a rank that went from a higher to a lower number rose N
// places (shown as good, no percentage); a percentage changed by percentage points (no percentage
// of a percentage). The app starts on its bundled samples; the expected numbers come from the gold.
import { mkdtemp, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type Browser } from 'playwright-core'
import { buildRenderer, CHROMIUM, createBackend, hasChromium, openApp, ROOT, serveDir, shimScript } from './harness'
import { goldReports } from './views-gold'
import { describeChange } from '../../shared/series/change'

const GOLD = join(ROOT, '..', 'shared', 'corpus', 'synthetic', 'gold')
const SAMPLES = join(ROOT, 'resources', 'samples')
const BODY = '云溪市人民政府'
const run = hasChromium && existsSync(GOLD)
const POLL = { timeout: 30_000, interval: 200 }

describe.skipIf(!run)('compare view: changes of ranks and percentages', () => {
  let browser: Browser
  let server: { url: string; close: () => Promise<void> }
  let work: string

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'desk-compare-e2e-'))
    await buildRenderer(join(work, 'renderer'))
    server = await serveDir(join(work, 'renderer'))
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] })
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('a rank: 上升/下降 N 位 coloured by fewer-is-better, no %; a percentage: 个百分点, no %', async () => {
    const backend = createBackend(join(work, 'data'), SAMPLES)
    await backend.desk.start()
    const page = await openApp(browser, server.url, backend, await shimScript())
    await page.locator('[data-view="compare"]').click()
    await page.getByTestId('compare-view').waitFor()
    const picker = page.getByTestId('body-picker')
    const value = await picker.evaluate((el, name) => Array.from((el as HTMLSelectElement).options).find((o) => o.text.startsWith(name))?.value ?? '', BODY)
    await picker.selectOption(value)
    // Two consecutive years whose rank moved: the pair the gold says moved most.
    const gold = goldReports(GOLD, BODY)
    const years = [...gold.keys()].sort()
    const pairs = years.slice(1).map((y) => [y - 1, y] as const).filter(([a, b]) => gold.get(a)?.metrics.indexRank != null && gold.get(b)?.metrics.indexRank != null)
    const [from, to] = pairs.sort((p, q) => Math.abs(gold.get(q[1])!.metrics.indexRank! - gold.get(q[0])!.metrics.indexRank!) - Math.abs(gold.get(p[1])!.metrics.indexRank! - gold.get(p[0])!.metrics.indexRank!))[0]!
    for (const box of await page.locator('input[data-year]').all()) {
      const y = Number(await box.getAttribute('data-year'))
      if ((y === from || y === to) !== (await box.isChecked())) await box.click()
    }
    const rankFrom = gold.get(from)!.metrics.indexRank!
    const rankTo = gold.get(to)!.metrics.indexRank!
    const rank = page.locator('tr[data-row="metrics.indexRank"]')
    const moved = Math.abs(rankTo - rankFrom)
    await expect.poll(() => rank.locator('td').allTextContents(), POLL).toEqual([
      expect.any(String),
      String(rankFrom),
      String(rankTo),
      rankTo < rankFrom ? `上升 ${moved} 位` : `下降 ${moved} 位`,
      '—',
    ])
    expect(await rank.locator('td[data-kind="change"]').getAttribute('class')).toContain(rankTo < rankFrom ? 'up' : 'down')

    const yoyFrom = gold.get(from)!.metrics.hotlineCallsYoYPercent
    const yoyTo = gold.get(to)!.metrics.hotlineCallsYoYPercent
    if (yoyFrom != null && yoyTo != null) {
      const yoy = page.locator('tr[data-row="metrics.hotlineCallsYoYPercent"] td')
      await expect.poll(() => yoy.allTextContents(), POLL).toEqual([
        expect.any(String),
        expect.any(String),
        expect.any(String),
        describeChange(yoyFrom, yoyTo, 'rate').deltaZh,
        '—',
      ])
      expect((await yoy.nth(3).textContent())!).toMatch(/个百分点$/)
    }
    await page.context().close()
  }, 300_000)
})
