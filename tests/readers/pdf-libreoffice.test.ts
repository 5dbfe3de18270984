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

  it('the rest of a cut merged cell, within the cell, still joins the cell (Chromium page break)', () => {
    const { rows, lines } = tableAndLines(piece('类别', 71.1, 119.8))
    expect(rows[1]).toEqual(['行政事业性收费类别', '98614.0'])
    expect(lines).toEqual([])
  })
})
