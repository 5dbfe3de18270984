// Section 二's numbers read by OCR. Its small tables have no sums, so nothing inside them can prove a
// reading; a scanned number there is kept only where two things vouch for it, and emptied with a
// note otherwise:
//
// 1. The scan reads numbers well: table 三 of the same document was read and its own sums vouch for
//    most of its cells (ocr-proof.ts). A phone photo or a fax whose table 三 the sums cannot prove is
//    a scan whose section 二 cannot be trusted either: the recogniser there drops digits (10 → 1),
//    reads specks as digits (0 → 17) and gives no sign of it.
// 2. The row's printed text reads as the template's cells, one number to a cell: every piece of the
//    row that holds a digit is a plain number (optionally 增/减 at the start of its own cell, or a unit
//    after it), there are exactly as many numbers and none-marks (无, －) as the row has cells, and
//    they are the numbers the layout read, in the template's order. A digit glued to a heading word ("本年增/减35" read as
//    −35, "F18"), a speck read as one more number, or a number the reader left out as doubtful (its
//    cell then missing: "10 | 无" cut into 1 | 0 | 0) fails this.
// 3. For the three-column rows (规章, 规范性文件), whose columns some reports print in another order:
//    all three column headings read, in the template's order. A heading lost on the scan would let
//    the layout take the template's order for a reordered table (现行有效 | 废止 read as 废止 | 现行有效).
//    A row of three equal numbers (无 无 无) reads the same in any order.
//
// A minus sign is never taken from a scan: a printed 减 in its own cell is, but "-35" is a dash or a
// speck before 35 as often as it is a sign.
import type { ExtractionNote } from '../model/extraction'
import type { Report } from '../model/report'
import { DISCLOSURE_LABELS } from '../model/template-labels'
import { fuzzy } from './row-labels'

/** Share of table 三's cells its sums must vouch for before section 二's scanned numbers are kept. */
export const TRUSTED_SHARE = 0.9

/** The printed text of each section 二 row that was read (label through its last cell), by row key;
 *  null: a row of the file's own text, not read by OCR (a web page whose tables only are pictures). */
export type DisclosureRowTexts = Partial<Record<string, string | null>>

/** Cell separators of the flat text (tab, blank-cell mark), line breaks and spaces. */
const PIECES = /[\t\n\r\uE000 \u3000]+/
const NONE = /^(?:无|[-—–－/／])$/
/** A number standing as its own cell: digits (with thousands commas or a decimal part), never a
 *  leading 0 unless 0 itself, optionally 增/减 before it and a unit after it. */
const CELL_NUMBER = /^([增减])?((?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?)(?:万元|元|件|个|项|条|次)?$/

/** The values a row's text holds as cells, or null when a piece with a digit is not a plain cell. */
export function rowCellValues(text: string): number[] | null {
  const out: number[] = []
  for (const piece of text.split(PIECES)) {
    if (piece === '') continue
    if (NONE.test(piece)) {
      out.push(0)
      continue
    }
    if (!/\d/.test(piece)) continue // the label, a heading word
    const m = CELL_NUMBER.exec(piece)
    if (!m) return null
    const v = Number(m[2]!.replaceAll(',', ''))
    out.push(m[1] === '减' ? -v : v)
  }
  return out
}

/** The row's values are the cells read, in the printed order (a header read from a scan may put the
 *  three-column rows' columns in another order, and the layout would follow it: such a row is not
 *  vouched for); an amount may have been turned from 元 into 万元. */
function sameValues(read: number[], printed: number[], amount: boolean): boolean {
  return read.length === printed.length && read.every((v, i) => printed[i] === v || (amount && Math.abs(printed[i]! / 10_000 - v) < 1e-9))
}

/** A row's name for the note (the 2019 template names every row; 2021's 行政规范性文件 is its 规范性文件). */
const ROW_NAMES: Record<string, string> = DISCLOSURE_LABELS['2019'].rows
const FIELD_LABELS: Record<string, string> = { ...DISCLOSURE_LABELS['2019'].fields, ...DISCLOSURE_LABELS['2021'].fields }
const THREE_COLUMNS = ['rules', 'normativeDocs']

/** Whether the header shows every column heading of these fields, in their order. */
function headingsInOrder(header: string, fields: string[]): boolean {
  const at = fields.map((f) => new RegExp(fuzzy(FIELD_LABELS[f] ?? f)).exec(header)?.index ?? -1)
  return at.every((p, i) => p >= 0 && (i === 0 || p > at[i - 1]!))
}

/** Empties section 二's OCR-read rows that are not vouched for (see the head comment); `trusted`:
 *  whether table 三's sums showed this scan's numbers are read well; `header`: the text before the
 *  first three-column row (their column headings). Returns the notes. */
export function keepVouchedDisclosure(report: Report, rows: DisclosureRowTexts, trusted: boolean, header: string): ExtractionNote[] {
  const notes: ExtractionNote[] = []
  const table = report.activeDisclosure as Record<string, Record<string, number | null> | undefined>
  for (const [key, cells] of Object.entries(table)) {
    if (!cells) continue
    const fields = Object.keys(cells)
    const read = fields.map((f) => cells[f] ?? null)
    if (read.every((v) => v === null) || rows[key] === null) continue
    const printed = rows[key] === undefined ? null : rowCellValues(rows[key]!)
    const why = !trusted
      ? '本文件表三的合计未能核实大部分识别出的数字（扫描件不清晰），表二没有合计可供核对'
      : printed === null || read.some((v) => v === null) || !sameValues(read as number[], printed, fields.includes('amountWanYuan'))
        ? '这一行的识别文字不能逐格对应模板的各列（数字与文字粘连、多出或缺少数字，或带负号）'
        : THREE_COLUMNS.includes(key) && new Set(read).size > 1 && !headingsInOrder(header, fields)
          ? '表头的三个列名未能全部按模板顺序识别出来，无法确定各列'
          : null
    if (why === null) continue
    for (const f of fields) cells[f] = null
    notes.push({ field: `activeDisclosure.${key}`, message: `表二「${ROW_NAMES[key] ?? key}」行是文字识别读出的数字，${why}，未采用，请对照原件。` })
  }
  return notes
}
