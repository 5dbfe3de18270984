// Table 四 with a grand total column 「合计」 after the fifteen (hr37 L2): read in every format, 0 wrong,
// the fifteen cells read (review-table.ts; generator rule generator/review-grand-total.ts).
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { missesOf, readVariants } from './suite'
import { loadModels } from './generator/model'
import { makeVariant } from './generator/variant'
import type { Format } from './generator/formats'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const FORMATS: Format[] = ['html', 'docx', 'markdown', 'text-layout', 'text-plain', 'text-grouped', 'crawled-lines']

describe.skipIf(!existsSync(corpus))('table 四: grand total column 「合计」 after the fifteen (hr37 L2)', () => {
  it('never a wrong or unnoted cell; table 四 read', async () => {
    const models = loadModels(corpus).filter((m) => m.review).slice(0, 8)
    const variants = models.flatMap((m, i) => FORMATS.map((f, j) => makeVariant(m, 3_820_001 + 100 * i + j, f, { table4GrandTotal: '合计', table4: 'two-level', table4TotalAmongData: undefined, droppedBlanks: undefined, table4CountUnits: undefined, table4UnitsInText: undefined, table4Order: undefined, lastYear: undefined })))
    const applied = variants.filter((v) => v.tags.includes('t4:grand-total') || v.tags.some((t) => t.startsWith('t4:grand-total:')))
    expect(applied.length).toBeGreaterThan(variants.length * 0.7)
    const results = await readVariants(applied)
    expect(missesOf(results, '错')).toEqual([])
    expect(missesOf(results, '缺(无说明) review')).toEqual([])
    // Unread (noted) only where the model's own group sums fail or a blank first cell is taken for a label column's.
    const read = results.filter((r) => !r.score.misses.some((m) => m.includes('reviewLitigation')))
    console.log(`${read.length}/${results.length} variants read table 四 whole`)
    expect(read.length).toBeGreaterThan(results.length * 0.8)
  }, 1_800_000)
})
