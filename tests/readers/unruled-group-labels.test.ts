// Unruled PDF tables (Word tables with hidden grid lines, printed by LibreOffice; review rv24
// pdf11/F06, pdf10/N09, pdf10/N17) whose rows could not be rebuilt by their labels' positions:
// - a group's label in a column of its own (「三、本年度」 beside 「（一）予以公开」…), its first line
//   level with the first row's numbers, took that row's numbers, and every row below was one off;
// - a table's first row alone at the foot of a page, its numbers half a line above its label, was
//   left as it was (one label), and the rows of the next page took each other's numbers;
// - table 四's cells from the page's left margin, read into the same run as table 三's last rows,
//   made every label of table 三 a "heading over the cells", so its last rows were left as they were;
// - table 四's one row of 15 cells wrapping differently (「12 件」 over 「（件）」 beside 「7 件（件）」)
//   came out as two lines, the higher first: 14 of 15 cells in the wrong column.
import { describe, expect, it } from 'vitest'
import { pageContent } from '../../src-main/readers/pdf-layout/page-content'
import type { PdfItem } from '../../src-main/readers/pdf-layout/text-join'

const SIZE = 10.5
const piece = (str: string, x: number, y: number): PdfItem => ({ str, x, y, w: [...str].length * SIZE * (/^[\d,]+$/.test(str) ? 0.5 : 1), size: SIZE })
/** Seven columns as LibreOffice lays out table 三's cells. */
const COLS = [322.7, 356.1, 398.8, 430.1, 468.9, 519.2, 543.0]

function texts(items: PdfItem[]): string[] {
  return pageContent(1, 595, 842, items, []).entries.flatMap((e) => (e.kind === 'line' ? [e.text] : e.rows.map((r) => r.map((c) => c.text).join(' '))))
}

/** A row whose cells 「N<br>件」 are centred beside a one-line label: numbers 8.3 pt above it, units 6 pt below. */
function row(label: string, x: number, y: number, nums: number[]): PdfItem[] {
  return [piece(label, x, y), ...nums.flatMap((n, c) => [piece(String(n), COLS[c]!, y + 8.3), piece('件', COLS[c]!, y - 6)])]
}

const ROW_A = [1, 4, 0, 4, 5, 0, 14]
const ROW_B = [130, 31, 26, 7, 18, 0, 212]
const ROW_C = [283, 2, 29, 18, 22, 37, 391]

describe('unruled table 三, group labels and page feet', () => {
  it('gives a row its own numbers where its group’s label stands level with them', () => {
    const items = [
      ...row('二、上年结转政府信息公开申请数量', 56.8, 795.4, ROW_A),
      // 「三、本年度」 (the group, top of its cell) at the height of row (一)'s numbers.
      piece('三、本年度', 56.8, 760.1),
      ...row('（一）予以公开', 112.6, 754.0, ROW_B),
      piece('办理结果', 56.8, 745.0),
      ...row('（二）部分公开', 112.6, 713.0, ROW_C),
    ]
    const out = texts(items)
    expect(out.some((t) => t.includes('予以公开') && t.endsWith(ROW_B.join(' ')))).toBe(true)
    expect(out.some((t) => t.includes('上年结转') && t.endsWith(ROW_A.join(' ')))).toBe(true)
    expect(out.some((t) => t.includes('部分公开') && t.endsWith(ROW_C.join(' ')))).toBe(true)
  })

  it('gives a row the numbers of its cells whose units stand under its label, its group’s label level with them', () => {
    // 12 pt: 「三、本年」 (wrapped group) 2.6 pt under the numbers, row (一)'s label 16.5 pt under them, units 14 pt under that.
    const at = (n: number, c: number, y: number): PdfItem => ({ ...piece(String(n), COLS[c]!, y), size: 12 })
    const items = [
      { ...piece('二、上年结转政府信息公开申请数量', 56.8, 726.4), size: 12 },
      ...ROW_A.map((n, c) => at(n, c, 743.0)),
      ...ROW_A.map((_, c) => ({ ...piece('件', COLS[c]!, 712.4), size: 12 })),
      { ...piece('三、本年', 56.8, 681.0), size: 12 },
      ...ROW_B.map((n, c) => at(n, c, 683.6)),
      { ...piece('度办理结', 56.8, 663.8), size: 12 },
      { ...piece('（一）予以公开', 111.9, 667.1), size: 12 },
      ...ROW_B.map((_, c) => ({ ...piece('件', COLS[c]!, 653.1), size: 12 })),
      { ...piece('果', 56.8, 646.5), size: 12 },
      ...ROW_C.map((n, c) => at(n, c, 624.3)),
      { ...piece('（二）部分公开', 111.9, 616.3), size: 12 },
      ...ROW_C.map((_, c) => ({ ...piece('件', COLS[c]!, 602.3), size: 12 })),
    ]
    const out = texts(items)
    expect(out.some((t) => t.includes('予以公开') && t.endsWith(ROW_B.join(' ')))).toBe(true)
    expect(out.some((t) => t.includes('部分公开') && t.endsWith(ROW_C.join(' ')))).toBe(true)
  })

  it('gives a page’s last row, alone under the column names, the numbers half a line above it', () => {
    const items = [
      piece('自然人', 322.7, 111.9),
      piece('商业企业', 356.1, 97.2),
      piece('总计', 543.0, 111.9),
      ...row('一、本年新收政府信息公开申请数量', 56.8, 54.4, [577, 96, 84, 85, 59, 74, 975]),
    ]
    expect(texts(items)).toContain('一、本年新收政府信息公开申请数量 577 96 84 85 59 74 975')
  })

  it('does not take a later table’s cells from the page margin for this table’s left edge', () => {
    const items = [
      ...row('（六）3.其他', 112.6, 647.2, [0, 0, 0, 0, 0, 0, 0]),
      ...row('（七）总计', 112.6, 605.9, [578, 98, 84, 89, 64, 70, 983]),
      ...row('四、结转下年度继续办理', 56.8, 564.5, [0, 2, 0, 0, 0, 4, 6]),
      piece('四、政府信息公开行政复议、行政诉讼情况', 56.8, 527.5),
      piece('行政复议', 56.8, 497.8),
      ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((w, c) => piece(w, 56.8 + c * 112, 468.6)),
      // Table 四's numbers start at the margin, left of table 三's labels' right ends.
      ...[10, 7, 10, 9, 36].map((n, c) => piece(String(n), 56.8 + c * 112, 441.6)),
    ]
    const out = texts(items)
    expect(out).toContain('（七）总计 578 98 84 89 64 70 983')
    expect(out).toContain('四、结转下年度继续办理 0 2 0 0 0 4 6')
  })
})

describe('unruled table 四, one row of cells at two heights', () => {
  /** Header words (x, width) of the 15 columns: 5 for 行政复议, 10 for 行政诉讼 under its two heads. */
  const HEAD: [number, number][] = [37.6, 88.8, 139.9, 194.0, 269.1 - 21, 299.3, 350.4, 401.6, 452.8, 525.0 - 21, 558.0, 612.1, 663.3, 717.4, 792.7 - 21].map((x) => [x, 42])
  const TRUE = [7, 0, 0, 12, 19, 1, 0, 0, 0, 1, 11, 10, 6, 10, 37]

  function table4(): PdfItem[] {
    const items: PdfItem[] = [piece('行政复议', 248.1, 554.8), piece('行政诉讼', 771.7, 554.8), piece('未经复议直接起诉', 462.0, 525.6), piece('复议后起诉', 761.2, 525.6)]
    HEAD.forEach(([x], k) => items.push(piece(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'][k % 5]!, x, k < 5 ? 511.0 : 496.3)))
    TRUE.forEach((n, k) => {
      const [x, w] = HEAD[k]!
      const s = String(n)
      // Cells set right: 「N 件（件）」 fits one line for one digit; two digits wrap 「（件）」 to a line below, 「N 件」 a line higher.
      if (s.length === 1) {
        items.push(piece(s, x + w - 42 - 5.3, 459.5), piece('件（件）', x + w - 42, 459.5))
      } else {
        items.push(piece(s, x + w - 21 - 10.5, 467.1), piece('件', x + w - 10.5, 467.1), piece('（件）', x + w - 31.5, 452.0))
      }
    })
    return items
  }

  it('reads the numbers in their header columns’ order', () => {
    expect(texts(table4())).toContain(TRUE.join(' '))
  })

  it('leaves the lines as they are where a column takes two numbers', () => {
    const items = table4()
    // A sixteenth number under 结果维持: which is that column's is not shown.
    items.push(piece('3', 37.6, 467.1))
    expect(texts(items)).not.toContain([3, ...TRUE].join(' '))
    expect(texts(items).some((t) => t.replace(/\s*件|（件）/g, '').includes(TRUE.join(' ')))).toBe(false)
  })
})
