// Section 二: labels printed together before their numbers, with the block of numbers coming out
// after the next small table's header — pdftotext groups label columns across the tables' border
// (「行政处罚 行政强制 信息内容 上一年项目数量 本年增/减 29 减1 32 0 0 0 行政事业性收费 …」). The numbers
// between that header and the next table's first label are then the run's, not the next table's
// printed value-first: only where (a) their count is exactly the cells of the rows waiting before
// the header, (b) those rows print nothing else and the row before them holds exactly its own
// cells (or is the table's header), and (c) the next table reads label-first with every cell of
// its first rows accounted for after their labels. Which number is whose within the run is then
// decided as for any label run (disclosure-row-order.ts shareLabelRuns).
import { isBlankCell, type CellToken } from './cells'
import { trimTrailingBlanks, type PlacedRow } from './disclosure-row-order'

const printed = (cells: CellToken[]): CellToken[] => cells.filter((t) => !isBlankCell(t))

/**
 * The row at `end` holds numbers: with the rows before it that print none (a label run), exactly
 * their cells (blank padding after them aside).
 */
function blockFits<R extends PlacedRow>(rows: R[], end: number, fieldCount: (r: R) => number): boolean {
  let want = fieldCount(rows[end]!)
  for (let k = end - 1; k >= 0 && printed(rows[k]!.own).length === 0; k--) want += fieldCount(rows[k]!)
  return want > 0 && trimTrailingBlanks(rows[end]!.own, want).length === want
}

/**
 * True where `lead` (the non-blank numbers between header `headerStart` and the first label after
 * it) closes the label run just before the header. `rows` in text order.
 */
export function leadClosesLabelRun<R extends PlacedRow>(rows: R[], headerStart: number, lead: CellToken[], fieldCount: (r: R) => number): boolean {
  const firstAfter = rows.findIndex((r) => r.hit.start > headerStart)
  if (firstAfter <= 0 || lead.length === 0) return false
  // (b) The run: the row just before the header holds the lead (and nothing else), the rows before it nothing.
  const last = rows[firstAfter - 1]!
  const lastOwn = printed(last.own)
  if (lastOwn.length !== lead.length || lastOwn.some((t, i) => t !== lead[i])) return false
  let start = firstAfter - 1
  while (start > 0 && printed(rows[start - 1]!.own).length === 0 && fieldCount(rows[start - 1]!) > 0) start--
  const run = rows.slice(start, firstAfter).filter((r) => fieldCount(r) > 0)
  if (start > 0 && !blockFits(rows, start - 1, fieldCount)) return false
  // (a) Exactly the run's cells.
  if (run.reduce((n, r) => n + fieldCount(r), 0) !== lead.length) return false
  // (c) The next table's first rows up to the first that holds numbers: together exactly their cells.
  let want = 0
  for (let k = firstAfter; k < rows.length; k++) {
    const r = rows[k]!
    want += fieldCount(r)
    const own = printed(r.own)
    if (own.length === 0) continue
    return own.length === want && want > 0
  }
  return false
}
