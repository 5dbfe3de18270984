// A table column with no heading and no text in any row: the thin grid column a Word table keeps
// after cells were merged or resized, or a spacer column a web page draws. It is no column of the
// report's table. Left in, each row gets one blank cell more than the template has, and the row
// readers take it for a blank cell, drop a printed 0 "like a page number" to fit the row, and read
// every later cell one column off, with the row's sums still holding (review 12 R12-1). A 备注
// (remarks) column empty in every row but its heading is dropped the same way.
import type { TableCell } from '../model/document'
import { place, span, withoutGridColumns, type Placed } from './table-grid'

/** A remarks column's heading: its cells hold words, never a count of the table. */
const REMARKS = /^(?:备注|说明|附注|备考)$/
/**
 * A cell's text with spaces and invisible format characters left out: a web editor's fill character
 * (U+200B, U+2060, U+FEFF) makes no cell filled, here and where a row is flattened (flatten.ts).
 */
export const visibleText = (text: string): string => text.replace(/[\s\u3000\p{Cf}]/gu, '')
const isEmpty = (p: Placed): boolean => visibleText(p.cell.text) === '' || REMARKS.test(visibleText(p.cell.text))
/** A header row: two or more cells with text, none with a digit. */
const isHeaderRow = (cells: readonly TableCell[]): boolean => {
  const filled = cells.filter((c) => visibleText(c.text) !== '')
  return filled.length >= 2 && filled.every((c) => !/[0-9０-９]/.test(c.text))
}

/**
 * The table without its columns that hold no text in any row, in a table with a header row (a
 * header names every real column: a column empty under its own heading cell is kept). A column is
 * dropped only where some row has an empty cell of its own there; cells spanning it (a heading over
 * it and its neighbour) lose that column from their span, and never their last one.
 */
export function withoutEmptyColumns(rows: TableCell[][]): TableCell[][] {
  // A header row stands above the first row with a number (a blank data row after them has no digit either).
  const firstData = rows.findIndex((r) => r.some((c) => /[0-9０-９]/.test(c.text)))
  if (rows.length < 3 || !rows.slice(0, firstData < 0 ? rows.length : firstData).some(isHeaderRow)) return rows
  const { placed } = place(rows)
  const covering = (k: number): Placed[] => placed.filter((p) => p.col <= k && k < p.col + span(p))
  const removed = new Set<number>()
  // Only columns with text to their right: an empty last column is harmless to the row readers, and
  // may be a real column cut off at the page's right edge (a Writer PDF: 总计's heading and cells
  // are not in the file, the rulings are), whose blank cells tell the cut-total reader so.
  const lastWithText = Math.max(-1, ...placed.filter((p) => !isEmpty(p)).map((p) => p.col + span(p) - 1))
  for (let k = 0; k < lastWithText; k++) {
    const over = covering(k)
    const own = over.filter((p) => span(p) === 1)
    if (!own.length || !own.every(isEmpty)) continue
    // A cell spanning it keeps at least one column that is not dropped.
    const spanning = over.filter((p) => span(p) > 1)
    if (!spanning.every((p) => [...Array(span(p)).keys()].some((d) => d + p.col !== k && !removed.has(d + p.col)))) continue
    removed.add(k)
  }
  return withoutGridColumns(rows, placed, removed)
}
