// Section 二: a row whose source bounds its cells (an HTML or Word table, tab fields) prints each
// number in a cell of its own. Where that row's line holds as many cells as the row wants but fewer
// numbers were read (a cell's text the cell reader could not take as a number: 「⁷665件」), cutting
// the numbers that were read into more cells moves digits across a printed cell border (「69」 read
// as 6 | 9, and every later cell shifted one column). Section 二 has no sums to prove such a cut.
import { CELL_SEP } from './flat-marks'

/** How many non-empty cells the row's line prints after its label's own cell (an empty table cell, BLANK_CELL, counts). */
export function boundedCellsAfterLabel(text: string, labelEnd: number): number {
  const nl = text.indexOf('\n', labelEnd)
  const line = text.slice(labelEnd, nl < 0 ? text.length : nl)
  const pieces = line.split(CELL_SEP).slice(1)
  return pieces.filter((p) => p.replace(/[\s\u3000]/g, '') !== '').length
}

/** Whether reading `read` numbers into `want` cells would have to cut a number across a printed cell border. */
export function cutAcrossBorders(text: string, labelEnd: number, read: number, want: number): boolean {
  return read < want && boundedCellsAfterLabel(text, labelEnd) >= want
}
