// A 序号 heading over a one-row table 四 whose only row prints no 序号 (generator rule ordinal-column.ts,
// oneRowUnnumbered; hostile review, session 13): the row is one cell short of the header and its first
// count stands under 序号. Every model with a table 四, printed in the formats that keep a table's cells
// (HTML, DOCX), in the three shapes with one data row, zeros printed 0 and left blank: table 四 must read
// as it reads without the column — no wrong cell, and a cell unread only with a note; before
// ordinal-short-row.ts the first count was dropped as a row number and table 四 stayed unread.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, type VariantResult, missesOf } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { applyOrdinalColumn } from './generator/ordinal-column'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const SHAPES = ['two-level', 'one-line', 'wrapped'] as const

describe.skipIf(!existsSync(corpus))('a one-row table 四 under a 序号 heading, its row unnumbered', () => {
  it('never a wrong cell, every unread cell noted, table 四 read as without the column', async () => {
    const models = loadModels(corpus).filter((m) => m.review)
    const plain = models.flatMap((m, i) =>
      (['html', 'docx'] as const).flatMap((f, j) =>
        (['0', 'blank'] as const).map((zero, z) => {
          const seed = 1000 * i + 100 * j + 10 * z + 3
          const drawn = drawChoices(seed, f, m.template)
          return makeVariant(m, seed, f, { table4: SHAPES[(i + j + z) % SHAPES.length]!, numbers: { ...drawn.numbers, zero } })
        }),
      ),
    )
    const numbered = plain.map((v) => ({ ...v, id: `${v.id}+ordinal-one-row`, tags: [...v.tags, 'ordinal:one-row-unnumbered'], doc: applyOrdinalColumn(v.doc, { oneRowUnnumbered: true }) }))
    const without = await readVariants(plain)
    const withCol = await readVariants(numbered)
    expect(withCol.length).toBeGreaterThan(40)
    const t4 = (r: VariantResult): string[] => r.score.misses.filter((m) => m.includes('reviewLitigation'))
    expect(missesOf(withCol, '错')).toEqual([])
    expect(missesOf(withCol, '缺(无说明)')).toEqual([])
    const unread = (rs: VariantResult[]): number => rs.reduce((n, r) => n + t4(r).length, 0)
    const lost = withCol.filter((r, i) => t4(r).length > t4(without[i]!).length).map((r) => `${r.variant.id}: ${t4(r).slice(0, 2).join('; ')}`)
    console.log(`ordinal:one-row-unnumbered: ${withCol.length} variants, table 四 cells unread ${unread(withCol)} (without the column ${unread(without)}); fewer read in ${lost.length}`)
    if (lost.length) console.log(`  ${lost.join('\n  ')}`)
    // Measured: table 四 reads as without the column in every variant.
    expect(lost).toEqual([])
  }, 600_000)
})
