// Rules t3-moved-reworded (generator/t3-moved-reworded.ts) and table4-order's result wordings (hostile
// review hr35 W1–W6): a header whose columns are moved AND one heading worded otherwise (公民, 企业,
// 科研院所, 公益组织, 律师事务所; 撤销或变更, 撤销, 审理中). Before, the extractor took the template's
// order whenever the headings it knew stood in ascending order among themselves: two or more columns
// exchanged in every row, the sums unmoved. Every model, flat and two-level, every format the
// generator renders (PDF where a printer is present): never a wrong or unnoted cell of table 三 / 四.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { missesOf, readVariants } from './suite'
import { loadModels } from './generator/model'
import { makeVariant } from './generator/variant'
import { type Format } from './generator/formats'
import { drawT3MovedReworded } from './generator/t3-moved-reworded'
import { CORRECTED_WORDS, PENDING_WORDS } from './generator/table4-order'
import { canPrintPdf } from './render/index'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const TEXT_FORMATS: Format[] = ['html', 'docx', 'text-layout', 'text-plain', 'markdown', 'crawled-lines', 'text-grouped']
/** PDF (slow to print) for the first model only. */
const formatsFor = (model: number): Format[] => [...TEXT_FORMATS, ...(canPrintPdf && model === 0 ? (['pdf'] as Format[]) : [])]

describe.skipIf(!existsSync(corpus))('table 三 / 四: columns moved and a heading reworded', () => {
  it('table 三: never a wrong or unnoted cell, flat and two-level', async () => {
    const models = loadModels(corpus).slice(0, 3)
    const variants = models.flatMap((m, i) =>
      formatsFor(i).flatMap((f, j) =>
        [0, 1].map((k) => {
          const seed = 3_500_001 + 1000 * i + 10 * j + k
          const rule = { ...drawT3MovedReworded(seed), twoLevel: k === 1 }
          return makeVariant(m, seed, f, { table3: { header: 'flat', prose: false, merged: true }, table3MovedReworded: rule })
        }),
      ),
    )
    // A variant whose table the rule cannot print so (a 小计 column, labels spaced out) is left out.
    const applied = variants.filter((v) => v.tags.includes('t3:moved-reworded'))
    expect(applied.length).toBeGreaterThan(variants.length * 0.8)
    const results = await readVariants(applied)
    const tag = (id: string): string => results.find((r) => id.startsWith(r.variant.id))?.variant.tags.find((t) => t.startsWith('t3:moved-reworded:')) ?? ''
    const wrong = missesOf(results, '错 requests').map((m) => `${m} ${tag(m)}`)
    expect(wrong).toEqual([])
    expect(missesOf(results, '缺(无说明) requests')).toEqual([])
    const right = results.reduce((a, r) => a + r.score.right, 0)
    const unread = results.reduce((a, r) => a + r.score.unread, 0)
    console.log(`t3 moved+reworded: ${results.length} variants, right ${right} / unread ${unread}`)
  }, 1_800_000)

  it('table 四: 结果纠正 / 尚未审结 moved and reworded, never a wrong or unnoted cell', async () => {
    const models = loadModels(corpus).filter((m) => m.review).slice(0, 3)
    // hr35 W3 (纠正 first), W6 (纠正 fourth), and 尚未审结 moved before 其他结果.
    const orders = [
      [1, 0, 2, 3, 4],
      [0, 2, 3, 1, 4],
      [0, 1, 3, 2, 4],
    ]
    const variants = models.flatMap((m, i) =>
      formatsFor(i).flatMap((f, j) =>
        orders.map((results, k) => {
          const seed = 3_600_001 + 1000 * i + 10 * j + k
          const words = { corrected: CORRECTED_WORDS[(i + j + k) % CORRECTED_WORDS.length], pending: k === 2 ? PENDING_WORDS[(i + j) % PENDING_WORDS.length] : undefined }
          return makeVariant(m, seed, f, { table4: 'two-level', table4TotalAmongData: false, table4Order: { groups: [0, 1, 2], results, words } })
        }),
      ),
    )
    const applied = variants.filter((v) => v.tags.some((t) => t.startsWith('t4:result-words:')))
    expect(applied.length).toBeGreaterThan(variants.length * 0.8)
    const results = await readVariants(applied)
    const wrong = missesOf(results, '错 reviewLitigation')
    expect(wrong).toEqual([])
    expect(missesOf(results, '缺(无说明) reviewLitigation')).toEqual([])
    const unread = results.reduce((s, r) => s + r.score.misses.filter((m) => m.startsWith('缺') && m.includes('reviewLitigation')).length, 0)
    console.log(`t4 moved+reworded: ${results.length} variants, table 四 ${results.length * 15 - unread}/${results.length * 15} read`)
  }, 1_800_000)
})
