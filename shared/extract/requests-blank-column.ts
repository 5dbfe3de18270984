// A table-三 text whose rows print one number short, row after row: a column the report left blank
// in every row (自然人 empty, say), whose place the text does not keep (plain pdftotext drops the
// blank cells; in -layout text a blank first column is only a wider space after the label). Such a
// row is six cells and a blank, not six numbers one of which holds two cells run together: cutting
// 28 into 2|8 makes the row add up only where the printed 总计 counts numbers that the blank column
// does not show, so a cut that the sums seem to prove is not read there (requests-run.ts).
import type { Event } from './requests-events'

/** At least this many rows one number short before the table is taken to have a blank column. */
const MIN_SHORT_ROWS = 3

/**
 * True where at least three runs of numbers (or runs of several rows) hold six numbers a row, more
 * than hold seven: the table prints a column blank throughout.
 */
export function blankColumnShown(printed: readonly Event[], width: number): boolean {
  let short = 0
  let whole = 0
  for (const e of printed) {
    if (e.kind !== 'cells' || e.tokens.some((t) => t.glued)) continue
    const n = e.tokens.length
    if (n % (width - 1) === 0 && n % width !== 0) short += n / (width - 1)
    else if (n % width === 0) whole += n / width
  }
  return short >= MIN_SHORT_ROWS && short > whole
}

/** The note saying so, for the table. */
export const BLANK_COLUMN_NOTE = '表三多行只印出 6 个数字（似有一列整列空白）：这些行按少一格读取，不把某个数字拆成两格来凑合计。'
