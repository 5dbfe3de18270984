// Table 三 split sideways into two tables (generator rule t3-side-split.ts, issue 10) printed to PDF by
// Chromium: a model in four, once per second part (the labels repeated, or row numbers), the split after
// 2–6 data columns. Table 三 never holds a wrong number, and every cell left unread has its note.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, type VariantResult } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant, type Variant } from './generator/variant'
import type { SideSplitRule } from './generator/t3-side-split'
import { canPrintPdf } from './render/index'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const BETWEEN: SideSplitRule['between'][] = ['（续上表）', '续表', 'nothing']

function pdfVariants(repeat: SideSplitRule['repeat'], seedBase: number): Variant[] {
  return loadModels(corpus).flatMap((m, i) => {
    if (i % 4) return []
    const seed = seedBase + 10 * i
    const drawn = drawChoices(seed, 'pdf', m.template)
    const table3 = { ...drawn.table3, header: i % 8 ? ('flat' as const) : ('template' as const), subtotal: false, subtotalRows: false, organisationsFirst: false }
    const v = makeVariant(m, seed, 'pdf', { pages: { ...drawn.pages, style: 'none' }, table3, table3SideSplit: { after: 2 + ((i / 4) % 5), repeat, between: BETWEEN[(i / 4) % 3]! } })
    return v.tags.includes(`t3:side-split-${repeat}`) ? [v] : []
  })
}

const misses = (rs: VariantResult[], kind: string): string[] => rs.flatMap((r) => r.score.misses.filter((m) => m.startsWith(kind) && m.includes('requests')).map((m) => `${r.variant.id}: ${m}`))

describe.skipIf(!existsSync(corpus) || !canPrintPdf)('table 三 split sideways, printed to PDF', () => {
  for (const repeat of ['labels', 'numbers'] as const) {
    it(`${repeat === 'labels' ? 'the row labels repeated' : 'row numbers in place of the labels'}: never a wrong number in table 三, a note for each cell unread`, async () => {
      const variants = pdfVariants(repeat, 907_000 + (repeat === 'numbers' ? 500 : 0))
      expect(variants.length).toBeGreaterThan(6)
      const results = await readVariants(variants)
      console.log(`t3:side-split-${repeat} pdf: ${results.length} variants, ${results.reduce((n, r) => n + r.score.right, 0)} cells right, table 三 ${misses(results, '错').length} wrong, ${misses(results, '缺').length} unread, ${misses(results, '缺(无说明)').length} silent`)
      expect(misses(results, '错')).toEqual([])
      expect(misses(results, '缺(无说明)')).toEqual([])
    }, 600_000)
  }
})
