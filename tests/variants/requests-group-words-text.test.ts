// Table 三 in markdown and a crawled page run together, with a two-level header whose group heading is in
// other words than 法人或其他组织 (单位, 组织, 机构团体, 非自然人), printed organisations first or in the
// template's order. Markdown's pipe cells (tabs in the flat text) and the run-together line
// (「申请人情况单位自然人总计商业企业…」) were read as 自然人, 总计, the five: 566 wrong cells in 12 models
// before requests-group-words-line.ts. Now the cells or the group's words place the five, else refused.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { missesOf, readVariants } from './suite'
import { loadModels } from './generator/model'
import { makeVariant } from './generator/variant'
import type { T3MovedRewordedRule } from './generator/t3-moved-reworded'
import { GROUP_WORDS } from './generator/t3-grid-headings'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const ORGS_FIRST = [1, 2, 3, 4, 5, 0, 6]
const TEMPLATE = [0, 1, 2, 3, 4, 5, 6]

describe.skipIf(!existsSync(corpus))('table 三 in markdown and crawled-run: a two-level header whose group heading has other words', () => {
  it('never a wrong or unnoted cell; the markdown cells read', async () => {
    const models = loadModels(corpus).slice(0, 8)
    const rules: T3MovedRewordedRule[] = GROUP_WORDS.flatMap((group) => [
      { printed: ORGS_FIRST, reworded: [0, '自然人'] as [number, string], twoLevel: true, group },
      { printed: TEMPLATE, reworded: [0, '自然人'] as [number, string], twoLevel: true, group },
    ])
    const variants = models.flatMap((m, i) =>
      (['markdown', 'crawled-run'] as const).flatMap((f, j) => rules.map((rule, k) => makeVariant(m, 3_910_001 + 1000 * i + 100 * j + k, f, { table3: { header: 'flat', prose: false, merged: true }, table3MovedReworded: rule }))),
    )
    const applied = variants.filter((v) => v.tags.includes('t3:moved-reworded'))
    expect(applied.length).toBeGreaterThan(variants.length * 0.6)
    const results = await readVariants(applied)
    expect(missesOf(results, '错 requests')).toEqual([])
    expect(missesOf(results, '缺(无说明) requests')).toEqual([])
    // Markdown organisations first: its cells place every column, the received row read.
    const md = results.filter((r) => r.variant.choices.format === 'markdown' && r.variant.tags.some((t) => t.startsWith('t3:moved-reworded:1234506')))
    const read = md.filter((r) => !r.score.misses.some((m) => m.includes('requests.received[')))
    expect(read.length).toBeGreaterThan(md.length * 0.5)
    console.log(`t3 group words, markdown + crawled-run: ${results.length} variants, right ${results.reduce((a, r) => a + r.score.right, 0)}; markdown orgs-first received read ${read.length}/${md.length}`)
  }, 1_800_000)
})
