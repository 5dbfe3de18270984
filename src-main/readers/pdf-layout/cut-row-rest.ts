// A table row cut by a page break INSIDE the row, where a merged label cell's own text runs on (issue
// 10, review hp35 O-hp1). Writer lets a tall row split: the row's numbers and the first line of each
// label on the earlier page (「（六）」「1.申请」 9 1 0 …), the rest of the labels at the top of the next
// page, in cells that on that page span the rows still to come (「其他处理」 over three rows,
// 「人无正当理由逾期不补正……」 alone, the count cells empty). That rest is no row of its own: it is
// joined into the cells it continues, each merged cell spanning the rows it covers on both pages.
import type { TableCell } from '../../../shared/model/document'
import { joinLines } from './text-join'

const DIGIT = /[0-9０-９]/
/** A label that opens a row of its own (「2.」 「（七）」 「四、」), never the rest of one. */
const OWN_LABEL = /^(?:\d+[.、．]|（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、)/

export interface TablePart {
  rows: TableCell[][]
  /** Start column of each cell. */
  cols: number[][]
}

/**
 * Joins the continuation's first row (`rows[0]`, start columns `cols[0]`) into the part above when it
 * is the rest of that part's last row, cut inside the row: it holds words only (no digit) while the
 * last row holds the counts; some cell of it spans rows (a merged label cell whose text runs on — a
 * rest without one is mergeSplitRow's); every cell stands under a cell of the part above still open
 * at its end (same column, same width); and no word in it opens a numbered label of its own. A cell's
 * text is added to the open cell's, and the open cell spans the rows its rest spans on this page
 * (the first of them being the cut row itself). Returns whether it joined.
 */
export function joinCutRowRest(above: TablePart, rows: TableCell[][], cols: number[][]): boolean {
  const first = rows[0]
  const last = above.rows.length - 1
  const lastRow = above.rows[last]
  if (!first || !lastRow || first.length === 0) return false
  if (!first.some((c) => (c.rowSpan ?? 1) > 1) || first.every((c) => c.text === '')) return false
  if (first.some((c) => DIGIT.test(c.text)) || !lastRow.some((c) => DIGIT.test(c.text))) return false
  const open = new Map<number, TableCell>()
  above.rows.forEach((row, r) =>
    row.forEach((cell, k) => {
      if (r + (cell.rowSpan ?? 1) - 1 === last) open.set(above.cols[r]![k]!, cell)
    }),
  )
  const pairs = first.map((cell, k) => ({ cell, over: open.get(cols[0]![k]!) }))
  const fits = pairs.every(
    ({ cell, over }) => over && (over.colSpan ?? 1) === (cell.colSpan ?? 1) && (cell.text === '' || (over.text !== '' && !OWN_LABEL.test(cell.text.trim()))),
  )
  if (!fits) return false
  for (const { cell, over } of pairs) {
    if (cell.text) over!.text = joinLines([over!.text, cell.text])
    const span = (over!.rowSpan ?? 1) + (cell.rowSpan ?? 1) - 1
    if (span > 1) over!.rowSpan = span
    else delete over!.rowSpan
  }
  rows.shift()
  cols.shift()
  return true
}
