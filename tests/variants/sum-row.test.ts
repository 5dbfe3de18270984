// A 「合计」 row (一 + 二 per column) printed after 二、上年结转 (generator rule t3:sum-row, review 10
// R10-1 and R10-3). Before: in HTML, DOCX, PDF and layout text the row cost the whole of table 三
// (every row below it null, with a note saying its numbers did not follow their labels), and in plain
// pdftotext its numbers were given to （一）予以公开 by position, "proven" by sums: wrong numbers.
// Now the row is skipped with a note (where its numbers follow its label), or table 三 is refused with a
// note (labels printed as a block before the numbers), and every model in every format reads back
// with no wrong cell.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants } from './suite'
import { loadModels, type VariantModel } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { table3Rows } from './generator/table3'
import { FORMATS } from './generator/formats'
import { requestRowsOf } from '../../shared/model/template-labels'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

describe('t3:sum-row rule', () => {
  it('prints 合计 = 一 + 二 right after 二、上年结转', () => {
    const model: VariantModel = { id: 'test/sum', template: '2021', agency: '青石县人民政府', year: 2023, requests: requestRowsOf('2021').map((k, i) => [k, [i, 1, 0, 0, 0, 0, i + 1]]), review: null, disclosure: [] }
    const labels = { typos: false, dropNumbering: false, halfWidth: false, spaces: false, traditional: false, wrap: 0 }
    const numbers = { thousands: false, fullWidth: false, zero: '0' as const }
    const rows = table3Rows(model, { header: 'flat', prose: false, merged: true, sumRow: true }, labels, numbers).body
    expect(rows[2]!.map((c) => c.text)).toEqual(['合计', '1', '2', '0', '0', '0', '0', '3'])
  })
})

describe.skipIf(!existsSync(corpus))('a 合计 row after 二 reads back (every model, every format)', () => {
  it('never a wrong cell, every unread cell noted, the rows below it read', async () => {
    const models = loadModels(corpus)
    const variants = models.flatMap((m, i) => FORMATS.filter((f) => f !== 'pdf' || i % 4 === 0).map((f, j) => {
      const seed = 930001 + 1000 * i + 10 * j
      return makeVariant(m, seed, f, { table3: { ...drawChoices(seed, f, m.template).table3, sumRow: true } })
    }))
    const results = await readVariants(variants)
    expect(results.filter((r) => r.variant.tags.includes('t3:sum-row')).length).toBeGreaterThan(150)
    // Table 三's cells: the rule is about them (other tables' rules are held by the suite and the sweep).
    const wrong = results.flatMap((r) => r.score.misses.filter((x) => x.startsWith('错 requests.')).map((x) => `${r.variant.id}: ${x}`))
    const silent = results.flatMap((r) => r.score.misses.filter((x) => x.startsWith('缺(无说明) requests.')).map((x) => `${r.variant.id}: ${x}`))
    expect(wrong).toEqual([])
    expect(silent).toEqual([])
    // Where each row's numbers stand on its label's line (HTML, DOCX, PDF, layout text, Markdown), the
    // row costs nothing but itself. Where a row's numbers stand apart from its label (plain and crawled
    // line text: labels in a block, or blank cells that leave 二 without a cell before 合计), table 三
    // may be refused with a note: no label then tells which numbers are the 合计 row's.
    const rate = (f: string): number => {
      const of = results.filter((r) => r.variant.choices.format === f)
      return of.reduce((a, r) => a + r.score.right, 0) / of.reduce((a, r) => a + r.score.right + r.score.wrong + r.score.unread, 0)
    }
    const rates = Object.fromEntries(['html', 'docx', 'pdf', 'text-layout', 'markdown'].map((f) => [f, Math.round(rate(f) * 1000) / 10]))
    console.log(`t3:sum-row: ${results.length} variants; cells read`, rates)
    for (const f of Object.keys(rates)) expect(rates[f]).toBeGreaterThan(95)
  }, 900_000)
})
