// Table 四 with something the template's header lacks, each forced on 8 models in 7 formats: a grand total
// column 「合计」 after the fifteen (hr37 L2; generator rule generator/review-grand-total.ts), result headings
// with their unit 「（件）」 (hr37 L4; generator/review-unit-headings.ts). Never a wrong or unnoted cell, and
// the fifteen cells read in most (review-table.ts, review-grand-total.ts).
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { missesOf, readVariants } from './suite'
import { loadModels } from './generator/model'
import { makeVariant, type Choices } from './generator/variant'
import type { Format } from './generator/formats'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const FORMATS: Format[] = ['html', 'docx', 'markdown', 'text-layout', 'text-plain', 'text-grouped', 'crawled-lines']
/** The other table 四 rules left out, so that each variant shows only the rule under test. */
const PLAIN_TABLE4: Partial<Choices> = { table4: 'two-level', table4TotalAmongData: undefined, droppedBlanks: undefined, table4CountUnits: undefined, table4UnitsInText: undefined, table4Order: undefined, lastYear: undefined }

const CASES: { name: string; rule: Partial<Choices>; tag: string }[] = [
  { name: 'grand total column 「合计」 after the fifteen (hr37 L2)', rule: { table4GrandTotal: '合计' }, tag: 't4:grand-total' },
  { name: 'result headings with their unit 「（件）」 (hr37 L4)', rule: { table4UnitHeadings: true }, tag: 't4:unit-headings' },
]

describe.skipIf(!existsSync(corpus))('table 四: header words beyond the template', () => {
  for (const c of CASES) {
    it(`${c.name}: never a wrong or unnoted cell; table 四 read`, async () => {
      const models = loadModels(corpus).filter((m) => m.review).slice(0, 8)
      const variants = models.flatMap((m, i) => FORMATS.map((f, j) => makeVariant(m, 3_820_001 + 100 * i + j, f, { ...PLAIN_TABLE4, ...c.rule })))
      const applied = variants.filter((v) => v.tags.includes(c.tag) || v.tags.some((t) => t.startsWith(`${c.tag}:`)))
      expect(applied.length).toBeGreaterThan(variants.length * 0.7)
      const results = await readVariants(applied)
      expect(missesOf(results, '错')).toEqual([])
      expect(missesOf(results, '缺(无说明) review')).toEqual([])
      // Unread (noted) only where the model's own group sums fail or a blank first cell is taken for a label column's.
      const read = results.filter((r) => !r.score.misses.some((m) => m.includes('reviewLitigation')))
      console.log(`${c.tag}: ${read.length}/${results.length} variants read table 四 whole`)
      expect(read.length).toBeGreaterThan(results.length * 0.8)
    }, 1_800_000)
  }
})
