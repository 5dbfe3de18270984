// Unruled PDF tables (a Word table with hidden grid lines, printed by LibreOffice) whose cells do
// not sit on their label's line: a cell 「329<br>件」 centred in its row stands half a line above a
// one-line label, and a long label wrapped over three lines carries its wrapped total 「164」 on its
// first line and the other six cells on its middle one. Read line by line, each row got the numbers
// of the row above, or its total first (review rv24: min/S18, B11, K07, R15, N21 — 100 wrong in one
// report, no check fired). Each number now goes to the label whose lines it lies in or is clearly
// nearest; where that is not clear, the lines are left as they were.
import { describe, expect, it } from 'vitest'
import { pageContent } from '../../src-main/readers/pdf-layout/page-content'
import type { PdfItem } from '../../src-main/readers/pdf-layout/text-join'

const SIZE = 12
const PITCH = 8.6
const piece = (str: string, x: number, y: number): PdfItem => ({ str, x, y, w: [...str].length * SIZE * (/^[\d,]+$/.test(str) ? 0.5 : 1), size: SIZE })
/** Seven columns 31 pt apart (narrow: numbers closer than the unruled-table column gap). */
const colX = (c: number): number => 350 + c * 31

/** Every entry of the page as text: a line as it is, a table row as its cells with spaces. */
function texts(items: PdfItem[]): string[] {
  return pageContent(1, 600, 842, items, []).entries.flatMap((e) => (e.kind === 'line' ? [e.text] : e.rows.map((r) => r.map((c) => c.text).join(' '))))
}

/** Rows laid out as LibreOffice prints them with cells centred: each cell 「N<br>件」 (two lines) beside a one-line label. */
function centredRows(rows: [string, number[]][]): PdfItem[] {
  const items: PdfItem[] = []
  let y = 780
  for (const [label, nums] of rows) {
    items.push(piece(label, 57, y))
    nums.forEach((n, c) => {
      items.push(piece(String(n), colX(c), y + PITCH))
      items.push(piece('件', colX(c), y - PITCH))
    })
    y -= 48
  }
  return items
}

const ROWS: [string, number[]][] = [
  ['一、本年新收政府信息公开申请数量', [410, 125, 48, 37, 59, 127, 806]],
  ['二、上年结转政府信息公开申请数量', [0, 1, 3, 6, 2, 2, 14]],
  ['（一）予以公开', [116, 28, 0, 27, 19, 35, 225]],
]

describe('unruled table, cells not on their label line', () => {
  it('gives each row the numbers set half a line above its label (centred two-line cells)', () => {
    const out = texts(centredRows(ROWS))
    for (const [label, nums] of ROWS) expect(out).toContain(`${label} ${nums.join(' ')}`)
  })

  it('reads a wrapped total on the label’s first line after the cells on its middle line', () => {
    const items = [
      piece('（一）予以公开', 63, 720),
      ...[116, 28, 0, 27, 19, 35, 225].map((n, c) => piece(String(n), colX(c), 720)),
      piece('（二）部分公开（区分处理的，只', 63, 680),
      piece('164', colX(6), 680),
      piece('计这一情形，不计其他', 63, 667),
      ...[81, 27, 36, 14, 3, 3].map((n, c) => piece(String(n), colX(c), 667)),
      piece('情形）', 63, 654),
      piece('件', colX(6), 667),
      piece('（三）不予公开', 63, 620),
      ...[1, 0, 0, 0, 0, 0, 1].map((n, c) => piece(String(n), colX(c), 620)),
    ]
    const out = texts(items)
    expect(out).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形） 81 27 36 14 3 3 164')
  })

  it('leaves the lines as they are where a number lies halfway between two labels', () => {
    const items = [
      piece('一、本年新收政府信息公开申请数量', 57, 780),
      ...[1, 2, 3, 4, 5, 6, 21].map((n, c) => piece(String(n), colX(c), 780)),
      ...[7, 8, 9, 10, 11, 12, 57].map((n, c) => piece(String(n), colX(c), 760)),
      piece('二、上年结转政府信息公开申请数量', 57, 740),
      ...[0, 0, 0, 0, 0, 0, 0].map((n, c) => piece(String(n), colX(c), 740)),
    ]
    const out = texts(items)
    // The middle numbers are no row's: neither label takes them.
    expect(out.some((t) => t.includes('申请数量 7 8 9'))).toBe(false)
    expect(out.some((t) => t.includes('申请数量 1 2 3 4 5 6 21 7'))).toBe(false)
  })
})
