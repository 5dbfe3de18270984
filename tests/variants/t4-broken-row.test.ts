// Table 四's data row broken over three lines out of the cells' order (generator rule
// t4-broken-row.ts, review rv13: pdftotext -layout of a LibreOffice PDF). Every gold model with a
// table 四, in the text-layout shape, in the header shapes with one data row. Before
// review-broken-row.ts the 15 numbers were read in the text's order where a group's total failed
// ("the report's own slip"): 未经复议直接起诉's 尚未审结 and 总计 swapped.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf } from './suite'
import { loadModels } from './generator/model'
import { makeVariant } from './generator/variant'
import { renderTextShape } from './render/text'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const SHAPES = ['two-level', 'one-line', 'wrapped'] as const

describe.skipIf(!existsSync(corpus))('table 四 with its data row broken over lines (text-layout)', () => {
  it('never a wrong number, and a note for each table 四 left unread', async () => {
    const models = loadModels(corpus).filter((m) => m.review)
    const variants = models.flatMap((m, i) => SHAPES.map((table4, j) => makeVariant(m, 870_000 + 10 * i + j, 'text-layout', { table4, table4TotalAmongData: false, table4CountUnits: false, table4Order: undefined, table4BrokenRow: true })))
    const applied = variants.filter((v) => v.tags.includes('t4:broken-row'))
    expect(applied.length).toBeGreaterThan(30)
    // The rule prints what it says: the row on three lines, the third led by 未经复议直接起诉's 总计.
    const v = applied[0]!
    const text = renderTextShape(v.doc, 'text-layout', v.choices.labels.wrap)
    expect(text).toMatch(/\n {28}\S+ {3}\S+ {7}\S+/)
    const results = await readVariants(applied)
    const wrong = missesOf(results, '错')
    expect(wrong).toEqual([])
    const silent = results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('缺(无说明)') && m.includes('reviewLitigation')).map((m) => `${r.variant.id}: ${m}`))
    expect(silent).toEqual([])
    console.log(`t4:broken-row: ${results.length} variants, ${results.reduce((n, r) => n + r.score.right, 0)} cells right, ${results.reduce((n, r) => n + r.score.unread, 0)} unread`)
  }, 600_000)
})
