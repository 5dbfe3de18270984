// PDFs exported by LibreOffice Writer (and WPS): how their layout differs from Chromium's, and what
// the PDF reader must not do with it (review 9 F15).
import { describe, expect, it } from 'vitest'
import type { Ruling } from '../../src-main/readers/pdf-layout/rulings'
import { pageContent, type PageTable } from '../../src-main/readers/pdf-layout/page-content'
import type { PdfItem } from '../../src-main/readers/pdf-layout/text-join'

const piece = (str: string, x: number, y: number, size = 12): PdfItem => ({ str, x, y, w: [...str].length * size, size })
const h = (at: number, from: number, to: number): Ruling => ({ dir: 'h', at, from, to })
const v = (at: number, from: number, to: number): Ruling => ({ dir: 'v', at, from, to })

/** A two-row ruled table (header, one data row) near the foot of a page, 56.7–330.7 wide. */
const feeTable = [h(134, 56.3, 330.3), h(168.5, 56.3, 330.3), h(202.8, 56.3, 330.3), v(56.7, 133.6, 203), v(169.3, 133.6, 203), v(330.7, 133.6, 203)]
const feePieces = [piece('信息内容', 89.1, 187.6), piece('本年收费金额', 171.7, 187.6), piece('行政事业性收费', 71.1, 153.4), piece('98614.0', 228.2, 153.4, 6)]

function tableAndLines(extra: PdfItem): { rows: string[][]; lines: string[] } {
  const page = pageContent(2, 595, 842, [...feePieces, extra], feeTable)
  const t = page.entries.find((e): e is PageTable => e.kind === 'table')!
  return { rows: t.rows.map((r) => r.map((c) => c.text)), lines: page.entries.flatMap((e) => (e.kind === 'line' ? [e.text] : [])) }
}

describe('text just under a ruled table', () => {
  it('a section heading wider than the cell above it stays a line of its own (the fee row was read 「行政事业性收费三、收到…」 with no number)', () => {
    const { rows, lines } = tableAndLines(piece('三、收到和处理政府信息公开申请情况', 56.8, 119.8))
    expect(rows[1]).toEqual(['行政事业性收费', '98614.0'])
    expect(lines).toEqual(['三、收到和处理政府信息公开申请情况'])
  })

  it('a section heading no wider than the label cell above it, opening with its ordinal, stays a line of its own (review rv17 F3)', () => {
    // LibreOffice sets 「四、政府信息公开…」 right under table 三, whose label column is as wide as the heading:
    // it was read into the last row's label (「四、结转下年度继续办理四、政府信息公开行政复议…」).
    const { rows, lines } = tableAndLines(piece('四、行政复议情况', 57.1, 119.8, 12))
    expect(rows[1]).toEqual(['行政事业性收费', '98614.0'])
    expect(lines).toEqual(['四、行政复议情况'])
  })

  it('the rest of a cut merged cell, within the cell, still joins the cell (Chromium page break)', () => {
    const { rows, lines } = tableAndLines(piece('类别', 71.1, 119.8))
    expect(rows[1]).toEqual(['行政事业性收费类别', '98614.0'])
    expect(lines).toEqual([])
  })
})

describe('a heading set under a ruled table in several pieces', () => {
  // Table 四's number row at the foot of the table, and 「五、存在的主要问题及改进情况」 2 pt below it,
  // written by LibreOffice as short pieces that each fit inside one column.
  const xs = [56.7, 92.8, 128.2, 163.6, 199]
  const table = [h(59.8, 56.3, 199.3), h(94.3, 56.3, 199.3), h(128, 56.3, 199.3), ...xs.map((x) => v(x, 59.4, 128.3))]
  const cells = [piece('结果维持', 60, 105), piece('结果纠正', 95, 105, 8), piece('其他', 130, 105), piece('总计', 165, 105), piece('0', 71.5, 72, 6), piece('5', 107.3, 72, 6), piece('0', 142.7, 72, 6), piece('5', 178.1, 72, 6)]
  const heading = [piece('五、', 56.8, 45.6), piece('存在', 80.8, 45.6), piece('的主要', 104.8, 45.6), piece('问题', 140.8, 45.6), piece('及', 164.8, 45.6), piece('改进', 176.8, 45.6), piece('情况', 200.8, 45.6)]

  it('stays one line and leaves the numbers alone (table 四 read 「0五、」「5及」 and section 五 was not found)', () => {
    const page = pageContent(4, 595, 842, [...cells, ...heading], table)
    const t = page.entries.find((e): e is PageTable => e.kind === 'table')!
    expect(t.rows[1]!.map((c) => c.text)).toEqual(['0', '5', '0', '5'])
    expect(page.entries.flatMap((e) => (e.kind === 'line' ? [e.text] : []))).toEqual(['五、存在的主要问题及改进情况'])
  })

  it('words under a number cell never join it, even when they fit in its column', () => {
    const page = pageContent(4, 595, 842, [...cells, piece('注', 71, 45.6)], table)
    const t = page.entries.find((e): e is PageTable => e.kind === 'table')!
    expect(t.rows[1]![0]!.text).toBe('0')
  })
})
