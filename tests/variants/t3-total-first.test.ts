// Rule t3-total-first (generator/t3-total-first.ts; hostile review hr34 W4): table 三 printed 总计 |
// 法人或其他组织 (five) | 自然人 under a two-level header. Run together by a crawler, a row with one
// applicant's number adds up with 总计 read first or last: only the header's order may place its cells,
// and where it cannot, the rows stay unread with a note. Every model, text shapes and HTML: never a
// wrong or unnoted cell of table 三.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { missesOf, readVariants } from './suite'
import { loadModels } from './generator/model'
import { makeVariant } from './generator/variant'
import { type Format } from './generator/formats'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const FORMATS: Format[] = ['crawled-run', 'crawled-lines', 'text-plain', 'text-layout', 'html', 'text-grouped']

describe.skipIf(!existsSync(corpus))('table 三 printed 总计 first, organisations before 自然人', () => {
  it('never a wrong or unnoted cell of table 三 (crawled run together above all)', async () => {
    const models = loadModels(corpus)
    const variants = models.flatMap((m, i) => FORMATS.filter((_, k) => k === 0 || (i + k) % 3 === 0).map((f, k) =>
      makeVariant(m, 2_510_001 + 100 * i + k, f, { table3: { header: 'flat', prose: false, merged: true }, table3TotalFirst: true })))
    // A variant whose table the rule cannot print so (a 小计 column, labels spaced out) is left out.
    const applied = variants.filter((v) => v.tags.includes('t3:total-first-orgs-natural'))
    expect(applied.length).toBeGreaterThan(variants.length * 0.9)
    const results = await readVariants(applied)
    const wrong = missesOf(results, '错 requests')
    const silent = missesOf(results, '缺(无说明) requests')
    expect(wrong).toEqual([])
    expect(silent).toEqual([])
    const html = results.filter((r) => r.variant.choices.format === 'html')
    console.log(`t3 total first: ${results.length} variants, html right ${html.reduce((a, r) => a + r.score.right, 0)} / unread ${html.reduce((a, r) => a + r.score.unread, 0)}`)
  }, 900_000)
})
