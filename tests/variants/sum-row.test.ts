// A 「合计」 row (一 + 二 per column) printed after 二、上年结转 (generator rule t3:sum-row, review 10
// R10-1 and R10-3). Before: in HTML, DOCX, PDF and layout text the row cost the whole of table 三
// (every row below it null, with a note saying its numbers did not follow their labels), and in plain
// pdftotext its numbers were given to （一）予以公开 by position, "proven" by sums: wrong numbers.
// Now the row is skipped with a note, and every model in every format reads back with no wrong cell.
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
    const wrong = results.flatMap((r) => r.score.misses.filter((x) => x.startsWith('错')).map((x) => `${r.variant.id}: ${x}`))
    const silent = results.flatMap((r) => r.score.misses.filter((x) => x.startsWith('缺(无说明)')).map((x) => `${r.variant.id}: ${x}`))
    expect(wrong).toEqual([])
    expect(silent).toEqual([])
    // The row costs nothing but itself: table 三 is read (digits apart) as without it.
    const apart = results.filter((r) => r.variant.choices.format !== 'crawled-run')
    const cells = apart.reduce((a, r) => a + r.score.right + r.score.wrong + r.score.unread, 0)
    const right = apart.reduce((a, r) => a + r.score.right, 0)
    console.log(`t3:sum-row: ${results.length} variants, digits apart ${right}/${cells}`)
    expect(right / cells).toBeGreaterThan(0.97)
  }, 900_000)
})
