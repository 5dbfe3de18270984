// A table-三 cell printed with a leading zero (「03」, 「05」): no count is printed so. It is a 0 cell
// with a footnote mark glued on as a plain digit (pdftotext plain / -raw flattens the raised mark; a
// LibreOffice PDF of a web page prints the mark's span on the baseline). Read as printed the cell is 3,
// and its row fails its total — which, under the row's own label, would be kept as the report's slip.
// In a row whose run of cells was read one token a cell and that fails its total: where the row holds
// with exactly one such cell as 0, that cell is left empty with a note (the others stand, proven by the
// row's total); otherwise the whole row is. A row that holds its total as printed stands, unless it
// prints two such cells (a cell and its total may both be marked, and then it holds either way).
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import type { CellToken } from './cells'
import { rowName, rowSumHolds } from './requests-proof'
import { isZeroLed } from './zero-led'

/**
 * The rows of a run read one token a cell (`tokens` = rows × width) that hold a zero-led cell, with
 * the cells as printed; nothing for a run whose tokens were cut or joined into cells.
 */
export function zeroLedRows(tokens: readonly CellToken[], keys: readonly RequestRowKey[], width: number): [RequestRowKey, string][] {
  if (tokens.length !== keys.length * width) return []
  return tokens.flatMap((t, i) => (!t.dash && !t.commas && isZeroLed(t.digits) ? [[keys[Math.floor(i / width)]!, t.digits] as [RequestRowKey, string]] : []))
}

/** The one column whose cell, read as `value` from a zero-led print, makes the row hold as 0; null if none or several. */
function markedColumn(row: RequestRow, values: number[]): number | null {
  const cols = row.flatMap((x, c) => (x !== null && values.includes(x) && rowSumHolds(row.map((y, k) => (k === c ? 0 : y))) ? [c] : []))
  return cols.length === 1 ? cols[0]! : null
}

/** Rows holding a zero-led cell and failing their total: that cell emptied, or the row; with a note. */
export function unreadFailingZeroLedRows(
  rows: Partial<Record<RequestRowKey, RequestRow>>,
  how: Partial<Record<RequestRowKey, unknown>>,
  zeroLed: readonly [RequestRowKey, string][],
  notes: ExtractionNote[],
): Partial<Record<RequestRowKey, RequestRow>> {
  let out = rows
  for (const key of new Set(zeroLed.map(([k]) => k))) {
    const row = out[key]
    if (!row || row.every((x) => x === null)) continue
    const printed = zeroLed.filter(([k]) => k === key).map(([, d]) => d)
    if (rowSumHolds(row)) {
      // One such cell in a row that adds up is proven by the total. Two may be a cell and its total
      // both marked (「01 0 0 0 0 0 01」): the row then adds up as printed and as zeros alike.
      if (printed.filter((d) => Number(d) > 0).length < 2) continue
      out = { ...out, [key]: row.map(() => null) }
      delete how[key]
      notes.push({
        field: `requests.${key}`,
        message: `表三「${rowName(key)}」行印有以 0 开头的数字${printed.map((d) => `「${d}」`).join('、')}（多半是 0 后粘连的脚注标记）；按印出的数和按 0 本行合计都可相符，无法确定，未读取。`,
      })
      continue
    }
    const col = markedColumn(row, printed.map(Number))
    if (col !== null) {
      out = { ...out, [key]: row.map((x, c) => (c === col ? null : x)) }
      notes.push({
        field: `requests.${key}`,
        message: `表三「${rowName(key)}」行有一格印作「${printed.join('、')}」（以 0 开头，多半是 0 后粘连的脚注标记）；按其为 0 本行合计相符，但印出的数不能证明，该格未读取。`,
      })
      continue
    }
    out = { ...out, [key]: row.map(() => null) }
    delete how[key]
    notes.push({
      field: `requests.${key}`,
      message: `表三「${rowName(key)}」行印有以 0 开头的数字${printed.map((d) => `「${d}」`).join('、')}（多半是 0 后粘连的脚注标记），本行各列之和与总计不符，未读取。`,
    })
  }
  return out
}
