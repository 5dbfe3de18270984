// Tables of a worn low-resolution scan (eval-scans' "worn-150dpi": soft, faded, speckled print at
// 150 dpi) whose rules were found only in short pieces, and whose section headings lost their
// numerals (「依申请公开政府信息情况」, 「政府信息公开行政复议和行政诉讼情况」). Read by their content: rows
// by the boxes' lines, columns by the counts' x positions (count-columns.ts, broken-rulings.ts).
// Fixture: the OCR boxes of pages 2–4 of a generated report (tests/variants' generator, gen-1, not a
// corpus file; the body's name taken out), as the recogniser gave them. Expected numbers: the
// report's print, every one checked; a number read anywhere else counts as wrong.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { expectReadCellsPrinted } from './gen1-table3'
import { extractReport } from '../../shared/extract/index'
import { ocrDocument } from '../../src-main/readers/ocr/ocr-document'
import type { OcrBox, OcrPage } from '../../src-main/readers/ocr/ocr-page'
import type { Ruling } from '../../src-main/readers/pdf-layout/rulings'
import { cellsByColumn } from '../../src-main/readers/pdf-layout/count-columns'
import type { PdfItem } from '../../src-main/readers/pdf-layout/text-join'

const pages = (name: string): OcrPage[] => JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as OcrPage[]


describe('a worn 150 dpi scan whose table rules were found only in pieces', () => {
  const report = extractReport(ocrDocument('worn.pdf', 'pdf', pages('worn-gen1-p2-4-150dpi.json'))).report

  it('table 四 (heading without its numeral, a header word misread): its fifteen 无 read', () => {
    expect(report.reviewLitigation).toEqual({ review: [0, 0, 0, 0, 0], litigationDirect: [0, 0, 0, 0, 0], litigationAfterReview: [0, 0, 0, 0, 0] })
  })

  it('table 三: rows by their labels, cells by the columns; every cell read is the print', () => {
    const read = expectReadCellsPrinted(report.requests.rows, expect)
    // On main before this change: none (no table found). Measured after: 99 of 161. Session 21 (ocr-proof.ts):
    // a copy row's zeros (x + 0 + … = x) stand only once its number is proven in its own cell, since a number
    // shifted one cell along its row kept a wrong 0 (gen-4 worn): 84 of 161 read here, every one the print.
    expect(read).toBeGreaterThanOrEqual(84)
  })
})

/** A box of text at (x, y), its width by its characters. */
const box = (text: string, x: number, y: number): OcrBox => ({ text, confidence: 0.98, x, y, w: 13 * [...text].length, h: 14 })

/** Short pieces of rules scattered over the table, none across it, no two of one extent. */
const pieces = (top: number): Ruling[] => [...Array(12).keys()].map((i) => ({ dir: 'h' as const, at: 792 - (top + 9 * i), from: 60 + 17 * i, to: 130 + 23 * i }))

describe('OCR lines of table 四 with its heading lost and its rules in pieces', () => {
  // Header words over two lines, then the one data row: counts as separate boxes, 无 boxes close
  // together (「无无」 when joined), as the detector gives them on a worn copy.
  const xs = [...Array(15).keys()].map((i) => 40 + 34 * i)
  // Counts 20 points apart: 7 points between two boxes, joined as one word by the line's layout alone.
  const cx = [...Array(15).keys()].map((i) => 200 + 20 * i)
  const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
  const cells = ['2', '1', '无', '无', '3', '1', '无', '无', '无', '1', '无', '无', '无', '1', '1']
  const page: OcrPage = {
    page: 1, width: 612, height: 792, skew: 0,
    boxes: [
      box('政府信息公开行政复议和行政诉讼情况', 52, 60),
      box('行政复议', 40, 90), box('行政诉讼', 300, 90),
      ...xs.map((x, i) => box(heads[i % 5]!, x, 120)).map((b) => ({ ...b, w: 30 })),
      ...cx.map((x, i) => box(cells[i]!, x, 150)),
      box('五、政府信息公开工作存在的主要问题及改进情况', 52, 200),
    ],
    rulings: pieces(80),
  }

  it('each count is a cell, placed by its column: the fifteen cells read', () => {
    const t = extractReport(ocrDocument('lines.pdf', 'pdf', [page])).report.reviewLitigation
    expect(t).toEqual({ review: [2, 1, 0, 0, 3], litigationDirect: [1, 0, 0, 0, 1], litigationAfterReview: [0, 0, 0, 1, 1] })
  })
})

describe('counts placed by column (count-columns.ts)', () => {
  const item = (str: string, x: number, y = 700, size = 9): PdfItem => ({ str, x, y, w: str === '1无' ? 10 : 8 * [...str].length, size })
  const cols = [300, 330, 360, 390]
  it('a missing count leaves its cell blank; a rule read as 1 beside 无 is 无; a speck is nothing', () => {
    const rows = [
      [[item('1.甲', 100)], ...cols.map((x) => [item('无', x)])],
      [[item('2.乙', 100)], [item('1无', 299)], [item('喜', 331, 700, 4)], [item('5', 362)], [item('5', 391)]],
      [[item('3.丙', 100)], [item('7', 300)], [item('无', 331)], [item('7', 391)]],
    ]
    const texts = rows.map((r) => r.map((g) => g.map((it) => it.str).join('')))
    expect(cellsByColumn(rows, texts, [0, 0, 0], 9)).toEqual([
      ['1.甲', '无', '无', '无', '无'],
      ['2.乙', '无', '', '5', '5'],
      ['3.丙', '7', '无', '', '7'],
    ])
  })
  it('one row found as two lines (counts a little higher and lower) is one row; two rows are not joined', () => {
    const rows = [
      [[item('处理', 60, 700)], [item('无', 300, 701)], [item('无', 360, 701)]],
      [[item('4.丁', 100, 698)], [item('无', 330, 698)], [item('2', 391, 698)]],
      [[item('5.戊', 100, 680)], ...cols.map((x) => [item('无', x, 680)])],
    ]
    const texts = rows.map((r) => r.map((g) => g.map((it) => it.str).join('')))
    expect(cellsByColumn(rows, texts, [0, 0, 0], 9)).toEqual([
      ['处理', '4.丁', '无', '无', '无', '2'],
      ['5.戊', '无', '无', '无', '无'],
    ])
  })
})
