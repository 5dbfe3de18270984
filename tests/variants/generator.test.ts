// The generator itself: deterministic by seed, each rule family visible in the printed text.
import { describe, expect, it } from 'vitest'
import { makeVariant } from './generator/variant'
import type { VariantModel } from './generator/model'
import { renderTextShape } from './render/text'
import { printLabel } from './generator/labels'
import { printNumber } from './generator/numbers'
import { headingText } from './generator/headings'
import { toGrid } from './generator/ir'
import { requestRowsOf } from '../../shared/model/template-labels'

// A made-up model (no corpus numbers): every row 1..6 and its total.
const model: VariantModel = {
  id: 'test/model',
  template: '2021',
  agency: '青石县人民政府',
  year: 2023,
  requests: requestRowsOf('2021').map((k, i) => [k, [i, 1, 0, 0, 0, 2, i + 3]]),
  review: { review: [1, 0, 0, 1, 2], litigationDirect: [0, 0, 0, 0, 0], litigationAfterReview: [1, 1, 0, 0, 2] },
  disclosure: [['licensing', [['decisions', 1234]]]],
}

describe('variant generator', () => {
  it('is deterministic by seed and varies with it', () => {
    const a = renderTextShape(makeVariant(model, 7, 'text-layout').doc, 'text-layout', 8)
    const b = renderTextShape(makeVariant(model, 7, 'text-layout').doc, 'text-layout', 8)
    expect(a).toBe(b)
    const texts = new Set([1, 2, 3, 4, 5, 6].map((s) => renderTextShape(makeVariant(model, s, 'text-layout').doc, 'text-layout', 0)))
    expect(texts.size).toBeGreaterThan(3)
  })

  it('prints labels, numbers and headings by their rules', () => {
    const rule = { typos: true, dropNumbering: true, halfWidth: true, spaces: false, traditional: false, wrap: 0 }
    expect(printLabel(rule, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe('部分公开(区分处理的，只计这一情况，不计其他情况)')
    expect(printNumber({ thousands: true, fullWidth: true, zero: '—' }, 12345)).toBe('１２,３４５')
    expect(printNumber({ thousands: false, fullWidth: false, zero: '—' }, 0)).toBe('—')
    expect(headingText({ numbering: '第一部分', wording: 1, placement: 'line', overviewSubheadings: false }, 'requests')).toBe('第三部分 依申请公开情况')
    expect(headingText({ numbering: '（一）', wording: 0, placement: 'line', overviewSubheadings: false }, 'reviewLitigation')).toBe('（四）政府信息公开行政复议、行政诉讼情况')
  })

  it('lays merged cells out as converters print them', () => {
    const grid = toGrid([[{ text: 'a', rowSpan: 2 }, { text: 'b', colSpan: 2 }], [{ text: 'c' }, { text: 'd' }]])
    expect(grid.map((r) => r.map((c) => c.text))).toEqual([['a', 'b', ''], ['', 'c', 'd']])
  })

  it('prints the variations seen in real pdftotext text: a one-cell row number first, 总计 among table 四\'s data, a page break in section 二', () => {
    // Seeds drawn until each rule is on (deterministic): the rules come from their own stream.
    const on = (pred: (v: ReturnType<typeof makeVariant>) => boolean) => [...Array(200).keys()].map((s) => makeVariant(model, s, 'text-plain')).find(pred)!
    const valueFirst = on((v) => !!v.choices.table2.valueFirst)
    expect(valueFirst.tags).toContain('t2:value-first')
    expect(renderTextShape(valueFirst.doc, 'text-plain', 0)).toMatch(/\n[\d０-９,]+\n行政许可/)
    const total = on((v) => !!v.choices.table4TotalAmongData && v.choices.table4 !== 'group-rows')
    expect(total.tags).toContain('t4:total-among-data')
    expect(renderTextShape(total.doc, 'text-plain', 0)).toMatch(/\n\S+\n总计\n[2２]\n/)
    const brk = on((v) => !!v.choices.table2.pageBreak && v.choices.table2.shape !== 'one')
    expect(brk.tags).toContain('t2:page-break')
    // Other formats never get the pdftotext-only rules.
    expect([...Array(50).keys()].some((s) => makeVariant(model, s, 'html').choices.table2.valueFirst)).toBe(false)
  })
})

describe('new-user rules (new-user.ts)', () => {
  it('prints zeros as 〇 / 无 / O and full-width decimal points; O reads back as 0', async () => {
    const { expectedValue } = await import('./generator/numbers')
    const base = { thousands: false, fullWidth: false, zero: '0' as const }
    expect(printNumber({ ...base, zeroSign: '〇' }, 0)).toBe('〇')
    expect(printNumber({ ...base, zeroSign: '无' }, 5)).toBe('5')
    expect(expectedValue({ ...base, zeroSign: 'O' }, 0)).toBe(0)
    expect(expectedValue({ ...base, zeroSign: '〇' }, 0)).toBe(0)
    expect(printNumber({ ...base, fullWidth: true, fullWidthPoint: true }, 87.3)).toBe('８７．３')
  })
})
