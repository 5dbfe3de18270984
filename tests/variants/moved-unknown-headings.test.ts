// Table 三 / 四 headers printed with their columns moved AND a heading worded so the extractor knows no
// word of it (t436; generator rules table4-order.ts RESULT_REWORDS, t3-moved-reworded.ts UNKNOWN_WORDS):
// 驳回, 责令履行, 终止, 未结案, 案件数 in table 四; 群众, 公司, 研究机构, 非营利组织, 律所 in table 三. Before,
// table 四's reader took the template's order wherever the headings it knew stood in ascending order
// among themselves (a cell of another column between them counted for nothing): two columns exchanged
// in every group, the sums unmoved. On main 0784798 this test's variants read 228 wrong cells of table
// 四 (300 variants) and 58 of table 三 (103 variants, all pdftotext -layout). Every grid format
// (HTML, DOCX, Markdown, tab text) and pdftotext -layout's space-aligned lines: never a wrong or
// unnoted cell; headers worded in words it knows are still read.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { missesOf, readVariants, type VariantResult } from './suite'
import { loadModels } from './generator/model'
import { makeVariant } from './generator/variant'
import type { Format } from './generator/formats'
import type { ResultWords } from './generator/table4-order'
import { drawT3MovedReworded, UNKNOWN_WORDS } from './generator/t3-moved-reworded'
import type { Table4Shape } from './generator/table4'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const FORMATS: Format[] = ['html', 'docx', 'markdown', 'text-tab', 'text-layout']
const SHAPES: Table4Shape[] = ['two-level', 'one-line', 'wrapped', 'group-rows', 'split-pages']

/** Results' orders (printed k = template result) with the words they are printed in. */
export const T4_CASES: [number[], ResultWords, string?][] = [
  [[1, 0, 2, 3, 4], { maintained: '驳回' }],
  [[0, 2, 1, 3, 4], { corrected: '责令履行' }],
  [[0, 1, 3, 2, 4], { other: '终止' }],
  [[4, 0, 1, 2, 3], { total: '案件数' }],
  [[0, 1, 2, 4, 3], { pending: '未结案', total: '案件数' }],
  [[1, 0, 2, 3, 4], { maintained: '驳回', corrected: '责令履行' }],
  [[0, 2, 3, 1, 4], { pending: '未结案' }],
  [[3, 0, 1, 2, 4], { maintained: '予以维持', pending: '未审结', total: '合计' }],
  [[1, 0, 2, 3, 4], { maintained: '复议维持', corrected: '予以纠正', other: '其他' }],
  [[0, 1, 2, 3, 4], { maintained: '驳回' }],
  // hr36: 撤回 printed first (its 撤 was read as 撤销's: 结果纠正); 行政复议's group heading shortened to
  // 复议 / 申请复议 with the litigation groups first (read in the template's group order).
  [[2, 0, 1, 3, 4], { other: '撤回' }],
  [[0, 1, 2, 3, 4], {}, '复议'],
  [[0, 1, 2, 3, 4], {}, '申请复议'],
]

const tagOf = (results: VariantResult[], id: string, prefix: string): string =>
  results.find((r) => id.startsWith(r.variant.id))?.variant.tags.filter((t) => t.startsWith(prefix)).join(' ') ?? ''

describe.skipIf(!existsSync(corpus))('table 三 / 四: columns moved, a heading in unknown words', () => {
  it('table 四: never a wrong or unnoted cell, in every shape and grid or space-aligned format', async () => {
    const models = loadModels(corpus).filter((m) => m.review).slice(0, 6)
    const variants = models.flatMap((m, i) =>
      FORMATS.flatMap((f, j) =>
        T4_CASES.flatMap(([results, words, reviewHeading], k) => {
          const seed = 4_360_001 + 10_000 * i + 100 * j + k
          const shape = SHAPES[(i + j + k) % SHAPES.length]!
          const groups = reviewHeading ? [1, 2, 0] : k % 3 === 2 ? [1, 2, 0] : [0, 1, 2]
          return [makeVariant(m, seed, f, { table4: shape, table4TotalAmongData: false, table4CountUnits: false, table4Order: { groups, results, words, ...(reviewHeading ? { reviewHeading } : {}) } })]
        }),
      ),
    )
    const applied = variants.filter((v) => v.tags.some((t) => t.startsWith('t4:result-words:') || t.startsWith('t4:review-heading:')))
    expect(applied.length).toBeGreaterThan(variants.length * 0.8)
    const results = await readVariants(applied)
    const wrong = missesOf(results, '错 reviewLitigation').map((m) => `${m} ${tagOf(results, m, 't4:')}`)
    expect(wrong).toEqual([])
    expect(missesOf(results, '缺(无说明) reviewLitigation')).toEqual([])
    const unread = results.reduce((s, r) => s + r.score.misses.filter((m) => m.startsWith('缺') && m.includes('reviewLitigation')).length, 0)
    console.log(`t4 moved + unknown words: ${results.length} variants, table 四 ${results.length * 15 - unread}/${results.length * 15} read`)
    // Per case: cells read of all (headers in words the reader knows, and the template's order beside 驳回, stay read).
    const byCase = T4_CASES.map(([order, words]) => {
      const tag = `t4:result-words:${(['maintained', 'corrected', 'other', 'pending', 'total'] as const).map((k) => words[k] ?? '').join('/')}`
      const moved = order.join('') === '01234' ? undefined : `t4:result-order:${order.join('')}`
      const of = results.filter((r) => r.variant.tags.includes(tag) && (moved ? r.variant.tags.includes(moved) : !r.variant.tags.some((t) => t.startsWith('t4:result-order:'))))
      const miss = of.reduce((s, r) => s + r.score.misses.filter((m) => m.includes('reviewLitigation')).length, 0)
      return [of.length * 15 - miss, of.length * 15]
    })
    console.log(byCase.map(([a, b], k) => `case ${k}: ${a}/${b}`).join('  '))
  }, 1_800_000)

  it('table 三: never a wrong or unnoted cell, flat and two-level', async () => {
    const models = loadModels(corpus).slice(0, 6)
    const variants = models.flatMap((m, i) =>
      FORMATS.flatMap((f, j) =>
        [0, 1, 2, 3].map((k) => {
          const seed = 4_361_001 + 1000 * i + 10 * j + k
          const rule = { ...drawT3MovedReworded(seed, UNKNOWN_WORDS), twoLevel: k % 2 === 1 }
          return makeVariant(m, seed, f, { table3: { header: 'flat', prose: false, merged: true }, table3MovedReworded: rule })
        }),
      ),
    )
    const applied = variants.filter((v) => v.tags.includes('t3:moved-reworded'))
    expect(applied.length).toBeGreaterThan(variants.length * 0.7)
    const results = await readVariants(applied)
    const wrong = missesOf(results, '错 requests').map((m) => `${m} ${tagOf(results, m, 't3:moved-reworded:')}`)
    expect(wrong).toEqual([])
    expect(missesOf(results, '缺(无说明) requests')).toEqual([])
    const right = results.reduce((a, r) => a + r.score.right, 0)
    const unread = results.reduce((a, r) => a + r.score.unread, 0)
    console.log(`t3 moved + unknown words: ${results.length} variants, right ${right} / unread ${unread}`)
  }, 1_800_000)
})
