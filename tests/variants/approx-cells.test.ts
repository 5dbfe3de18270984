// Approximate figures in table 二 cells (generator rule table2.ts approxCell, review 10 R10-12):
// every 2021-template gold model printed with one one-cell row as 「18万余」「3万多」「近36000」「约80564」
// 「逾…」「超过…」「…左右」「…以上」, in every format but PDF. The cell states no exact number (its gold
// is null): reading any number from it is wrong, and leaving it empty needs a note. Before
// disclosure-units.ts approxCell, 「18万余」 read 18 and 「近36000」 36000.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { APPROX_FORMS, APPROX_ROWS, approxText } from './generator/table2'
import { FORMATS } from './generator/formats'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

describe('approx-cell rule', () => {
  it('prints each form around the figure', () => {
    expect(APPROX_FORMS.map((f) => approxText(182882, f))).toEqual(['18万余', '18万多', '近182882', '约182882', '逾182882', '超过182882', '182882左右', '182882以上'])
  })
})

describe.skipIf(!existsSync(corpus))('approximate table 二 cells read back (2021 models, every format but PDF)', () => {
  it('never a number from an approximate cell, and a note for each', async () => {
    const models = loadModels(corpus).filter((m) => m.template === '2021')
    const formats = FORMATS.filter((f) => f !== 'pdf')
    const variants = models.flatMap((m, i) =>
      formats.map((f, j) => {
        const k = i * formats.length + j
        const approxCell = { row: APPROX_ROWS[k % APPROX_ROWS.length]!, form: APPROX_FORMS[k % APPROX_FORMS.length]! }
        return makeVariant(m, 1000 * i + 100 * j + 1, f, { table2: { ...drawChoices(1000 * i + 100 * j + 1, f, m.template).table2, approxCell } })
      }),
    )
    const results = await readVariants(variants)
    expect(results.length).toBeGreaterThan(20)
    const wrong = missesOf(results, '错')
    expect(wrong).toEqual([])
    const silent = results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('缺(无说明)') && m.includes('activeDisclosure')).map((m) => `${r.variant.id}: ${m}`))
    expect(silent).toEqual([])
    // The approximate cell's row is null in the gold; its note quotes it.
    for (const r of results) {
      const rule = r.variant.choices.table2.approxCell!
      const v = r.variant.model.disclosure.find(([k]) => k === rule.row)
      expect(v?.[1].every(([, x]) => x === null), r.variant.id).toBe(true)
    }
    const unexplained = results.filter((r) => !r.notes?.some((n) => n.field === `activeDisclosure.${r.variant.choices.table2.approxCell!.row}`)).map((r) => r.variant.id)
    expect(unexplained).toEqual([])
    console.log(`t2:approx-cell: ${results.length} variants, ${results.reduce((n, r) => n + r.score.right, 0)} cells right, ${results.reduce((n, r) => n + r.score.unread, 0)} unread`)
  }, 600_000)
})
