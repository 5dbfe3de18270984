// Table 四 with its columns in another order (generator rule table4-order.ts, review s7 §1): groups and
// results permuted, header and data together, in every shape table4.ts draws and every format. Each
// variant must read table 四 right or leave it unread with a note — never a wrong cell. Before the
// header was read line by line (review-columns.ts), the columns were taken in the template's order:
// every swap that keeps the groups' sums (维持/纠正/其他/尚未审结 among themselves, groups among
// themselves) read wrong and silent.
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants } from './suite'
import { loadModels } from './generator/model'
import { makeVariant } from './generator/variant'
import { applyTable4Order, forcedTable4Order, table4OrderRuleTags } from './generator/table4-order'
import { FORMATS } from './generator/formats'
import type { IRBlock, IRCell, IRDoc } from './generator/ir'
import { canPrintPdf } from './render/index'
import type { Table4Shape } from './generator/table4'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
void corpus
const texts = (b: IRBlock | undefined): string[][] => (b?.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : [])

describe('table4-order rule', () => {
  const n = (v: number): IRCell => ({ text: String(v), num: true })
  const words = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((text) => ({ text }))
  const twoLevel: IRDoc = [
    {
      kind: 'table',
      rows: [
        [{ text: '行政复议', colSpan: 5 }, { text: '行政诉讼', colSpan: 10 }],
        [...words, { text: '未经复议直接起诉', colSpan: 5 }, { text: '复议后起诉', colSpan: 5 }],
        [{ text: '', colSpan: 5 }, ...words, ...words],
        [...[3, 1, 2, 1, 7], ...[2, 0, 1, 3, 6], ...[1, 0, 0, 1, 2]].map(n),
      ],
    },
  ]

  it('moves header and data together, merged headings with their columns', () => {
    const out = applyTable4Order(twoLevel, { groups: [1, 2, 0], results: [0, 1, 3, 2, 4] })
    const t = texts(out[0])
    expect(t[0]).toEqual(['行政诉讼', '行政复议'])
    expect(t[1]).toEqual(['未经复议直接起诉', '复议后起诉', '结果维持', '结果纠正', '尚未审结', '其他结果', '总计'])
    expect(t[3]).toEqual(['2', '0', '3', '1', '6', '1', '0', '1', '0', '2', '3', '1', '1', '2', '7'])
    const spans = out[0]!.kind === 'table' ? out[0]!.rows[0]!.map((c) => c.colSpan) : []
    expect(spans).toEqual([10, 5])
  })

  it('prints a heading split by the order over each of its runs, and leaves other shapes alone', () => {
    const out = applyTable4Order(twoLevel, { groups: [1, 0, 2], results: [0, 1, 2, 3, 4] })
    expect(texts(out[0])[0]).toEqual(['行政诉讼', '行政复议', '行政诉讼'])
    const prose: IRDoc = [{ kind: 'para', text: '本年度未发生行政复议、行政诉讼。' }]
    expect(applyTable4Order(prose, { groups: [1, 2, 0], results: [0, 1, 2, 3, 4] })).toBe(prose)
    expect(table4OrderRuleTags({ groups: [0, 1, 2], results: [4, 0, 1, 2, 3] })).toEqual(['t4:column-order', 't4:result-order:40123'])
  })
})

// Was skipped in session 8 for one variant read wrong (6 cells): the litigation groups in another
// order with their heading wrapped into pieces (行政訴訟 復議后 / 起訴 未經復議直 / 接起訴,
// synthetic/yunxi-zrzyj_2021#text-grouped#33201, one-line shape). 复议后 alone now names its group,
// and lines of one group piece each (a 行政诉讼 over them aside) are read one after the other, as
// one cell's text wrapped (review-columns.ts groupsFit).
describe('table 四 columns in another order read back (every model, shape and format)', () => {
  it('never a wrong cell; unread only with a note', async () => {
    const models = loadModels(corpus).filter((m) => m.review)
    const formats = FORMATS.filter((f) => f !== 'pdf')
    const shapes: Table4Shape[] = ['two-level', 'one-line', 'wrapped', 'split-pages', 'group-rows']
    // The suite's own seeds (suite.ts buildVariants): those layouts read with 0 wrong in template
    // order, so any wrong cell here is the order's. Two orders per model and format.
    const variants = models.flatMap((m, i) =>
      formats.flatMap((f, j) =>
        [1, 2].map((k) => {
          const seed = 1000 * i + 100 * j + k
          return makeVariant(m, seed, f, { table4: shapes[(i + j + k) % shapes.length]!, table4TotalAmongData: false, table4Order: forcedTable4Order(seed, f) })
        }),
      ),
    )
    if (canPrintPdf) for (let k = 0; k < 6; k++) variants.push(makeVariant(models[(k * 7) % models.length]!, 500_000 + k, 'pdf', { table4: shapes[k % shapes.length]!, table4Order: forcedTable4Order(500_000 + k, 'pdf') }))
    const applied = variants.filter((v) => v.tags.includes('t4:column-order'))
    expect(applied.length).toBeGreaterThan(250)
    const results = await readVariants(applied)
    const t4 = (m: string): boolean => m.includes('reviewLitigation')
    const wrong = results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('错')).map((m) => `${r.variant.id} ${r.variant.tags.filter((t) => t.startsWith('t4:')).join(' ')}: ${m}`))
    expect(wrong).toEqual([])
    const silent = results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('缺(无说明)') && t4(m)).map((m) => `${r.variant.id}: ${m}`))
    expect(silent).toEqual([])
    const cells = results.length * 15
    const unread = results.reduce((s, r) => s + r.score.misses.filter((m) => m.startsWith('缺') && t4(m)).length, 0)
    const byShape = new Map<string, [number, number]>()
    for (const r of results) {
      const key = `${r.variant.choices.table4}/${r.variant.choices.format}`
      const [a, b] = byShape.get(key) ?? [0, 0]
      byShape.set(key, [a + 1, b + (r.score.misses.some((m) => m.startsWith('缺') && t4(m)) ? 1 : 0)])
    }
    console.log(`t4:column-order: ${results.length} variants, table 四 ${cells - unread}/${cells} cells read (${((100 * (cells - unread)) / cells).toFixed(1)} %), 0 wrong`)
    console.log([...byShape].map(([k, [a, b]]) => `${k} ${a - b}/${a}`).join('  '))
    // Most shapes print a header whose words say the order; run-together crawled text and
    // some wrapped PDF headers do not, and are refused (0 wrong is the bar; this floor is what was measured).
    expect((cells - unread) / cells).toBeGreaterThan(0.5)
  }, 900_000)
})
