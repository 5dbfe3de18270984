// End to end in Debian's Chromium: the compare view's rank and percentage rows say their change
// in the unit that means something — a rank that went from a higher to a lower number rose N
// places (shown as good, no percentage); a percentage changed by percentage points (no percentage
// of a percentage). The app starts on its bundled samples; the expected numbers come from the gold.
import { mkdtemp, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeChange } from '../../shared/series/change'
import { CHROMIUM, expect, NO_CHROMIUM, test } from './fixtures'
import { createBackend, ROOT } from './harness'
import { goldReports } from './views-gold'

const GOLD = join(ROOT, '..', 'shared', 'corpus', 'synthetic', 'gold')
const SAMPLES = join(ROOT, 'resources', 'samples')
const BODY = '云溪市人民政府'
const POLL = { timeout: 30_000, intervals: [200] }

test.describe('compare view: changes of ranks and percentages', () => {
  test.skip(!CHROMIUM, NO_CHROMIUM)
  test.skip(!existsSync(GOLD), `gold absent at ${GOLD}`)
  let work: string

  test.beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'desk-compare-e2e-'))
  })

  test.afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true })
  })

  test('a rank: 上升/下降 N 位 coloured by fewer-is-better, no %; a percentage: 个百分点, no %', async ({ openDesk }) => {
    const backend = createBackend(join(work, 'data'), SAMPLES)
    await backend.desk.start()
    const page = await openDesk(backend)
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
      // The rank is read from the overview's prose: marked 据正文 until a person confirms it.
      `${rankFrom}据正文`,
      `${rankTo}据正文`,
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
  })
})
