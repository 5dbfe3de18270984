// Table 三's printing rules of the generator: an extra 小计 column and counts printed with 件; and
// the extractor reads them back (never a wrong cell).
import { describe, expect, it } from 'vitest'
import { table3Rows, type Table3Rule } from './generator/table3'
import type { VariantModel } from './generator/model'
import { layout, drawChoices } from './generator/variant'
import { renderTextShape } from './render/text'
import { requestRowsOf } from '../../shared/model/template-labels'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'

// A made-up model (no corpus numbers): every row consistent (its six cells add up to its total).
const model: VariantModel = {
  id: 'test/t3',
  template: '2021',
  agency: '青石县人民政府',
  year: 2023,
  requests: requestRowsOf('2021').map((k, i) => [k, [i, 1, 0, 2, 0, 0, i + 3]]),
  review: null,
  disclosure: [],
}
const labels = { typos: false, dropNumbering: false, halfWidth: false, spaces: false, traditional: false, wrap: 0 }
const numbers = { thousands: false, fullWidth: false, zero: '0' as const }
const base: Table3Rule = { header: 'template', prose: false, merged: true }

describe('table 三 printing rules', () => {
  it('prints a 小计 column with the five organisation columns’ sum, and units in the cells', () => {
    const plain = table3Rows(model, base, labels, numbers)
    const sub = table3Rows(model, { ...base, subtotal: true, units: true }, labels, numbers)
    expect(sub.head.flat().some((c) => c.text === '小计')).toBe(true)
    const nums = (row: { text: string; num?: boolean }[]): string[] => row.filter((c) => c.num).map((c) => c.text)
    expect(nums(plain.body[0]!)).toEqual(['0', '1', '0', '2', '0', '0', '3'])
    expect(nums(sub.body[0]!)).toEqual(['0件', '1件', '0件', '2件', '0件', '0件', '3件', '3件'])
  })

  it.each(['text-layout', 'text-grouped', 'crawled-run'] as const)('reads such a table back in %s', (shape) => {
    const c = drawChoices(3, shape, '2021')
    const choices = { ...c, table3: { ...base, subtotal: true, units: true } }
    const text = renderTextShape(layout(model, choices), shape, 0)
    const ex = extractReport(textToDocument(text, 'x.txt'))
    for (const [k, cells] of model.requests) expect(ex.report.requests.rows[k]).toEqual(cells)
  })
})
