// Table 三 row labels split over two grid rows, the numbers on the second (generator rule
// t3-split-label-row.ts, review hr37 L1): 「一、本年新收政府 | (empty cells)」 over 「信息公开申请数量 | 409 … |
// 483」. Before split-label-rows.ts the first grid row was a label with no cells and the second numbers
// with no known label, and the whole of table 三 was left unread (html/docx 658, markdown 156 table-三
// cells more unread than the same variants unsplit). Every gold model in HTML, DOCX and markdown: never
// a wrong cell, and table 三 read as fully as the same variant with its labels whole.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf, type VariantResult } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import type { Format } from './generator/formats'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

/** Table 三's cells not read right (unread or wrong). */
const t3Misses = (r: VariantResult): number => r.score.misses.filter((m) => m.includes(' requests.')).length

describe.skipIf(!existsSync(corpus))('table 三 row labels split over two grid rows', () => {
  it.each(['html', 'docx', 'markdown'] as Format[])('never a wrong cell, the split rows read (%s)', async (format) => {
    const models = loadModels(corpus)
    const pairs = models.map((m, i) => {
      const seed = 970_000 + i
      const drawn = drawChoices(seed, format, m.template)
      return [makeVariant(m, seed, format, { ...drawn, table3SplitLabelRow: true }), makeVariant(m, seed, format, { ...drawn, table3SplitLabelRow: false })] as const
    })
    const applied = pairs.filter(([v]) => v.tags.includes('t3:split-label-row'))
    expect(applied.length).toBeGreaterThan(models.length / 2)
    const split = await readVariants(applied.map(([v]) => v))
    const whole = await readVariants(applied.map(([, w]) => w))
    const wrong = missesOf(split, '错')
    const worse = split.flatMap((r, k) => (t3Misses(r) > t3Misses(whole[k]!) ? [`${r.variant.id}: ${t3Misses(r)} table 三 cells missed, ${t3Misses(whole[k]!)} unsplit`] : []))
    console.log(`t3:split-label-row ${format}: ${split.length} variants, ${wrong.length} cells wrong, ${split.reduce((n, r) => n + r.score.right, 0)} right, ${worse.length} read worse than unsplit`)
    expect(wrong).toEqual([])
    expect(worse).toEqual([])
  }, 900_000)
})
