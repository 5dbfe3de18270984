// Other readings of a run of table-三 cells that does not hold a whole number of rows: the layout
// may have put a page number or a stray figure among them (第 2 页, a bare page number between two
// rows printed on separate lines). Drops one or two numbers where the rows' own totals then all
// hold, and only where that leaves one single reading; a report's own wrong total never qualifies,
// because the reading must make every row of the run add up. Or a row is one cell short (a blank
// cell that text extraction drops): each place of the missing cell is a candidate, for the table's
// column sums to decide.
import type { RequestRow } from '../model/report'
import type { CellToken } from './cells'
import type { SumRule } from './digit-split'

const WIDTH = 7
/** At most this many numbers are dropped (a page number, a page number and a page count). */
const MAX_DROPPED = 2

/** Every sum of the row holds (blank cells count as 0, as in the report's own arithmetic). */
const holds = (row: RequestRow, rules: SumRule[]): boolean => rules.every((r) => r.parts.reduce<number>((a, c) => a + (row[c] ?? 0), 0) === (row[r.total] ?? 0))

function rowsOf(tokens: CellToken[], rows: number, width: number): RequestRow[] {
  const out: RequestRow[] = []
  for (let r = 0; r < rows; r++) out.push(tokens.slice(r * width, (r + 1) * width).map((t) => t.value))
  return out
}

/** Index sets of `k` tokens out of `n` (k ≤ 2). */
function drops(n: number, k: number): number[][] {
  const out: number[][] = []
  if (k === 1) for (let i = 0; i < n; i++) out.push([i])
  else for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) out.push([i, j])
  return out
}

/** Digits with a leading zero (「066」): a digit group of a larger number, never a whole cell. */
export const leadingZeroGroup = (t: CellToken): boolean => /^0\d/.test(t.digits)

export interface DroppedReading {
  rows: RequestRow[]
  /** The numbers left out, as printed. */
  dropped: string[]
  /** Where they stand (their tokens' starts in the text). */
  droppedAt: number[]
}

/**
 * The one reading of `tokens` as `rows` rows of `width` cells after leaving out one or two numbers,
 * where every row's sums (`rules`) then hold; null when there is none, or several that differ in any cell.
 */
export function readWithoutStrays(tokens: CellToken[], rows: number, width: number, rules: SumRule[]): DroppedReading | null {
  const extra = tokens.length - rows * width
  if (rows < 1 || extra < 1 || extra > MAX_DROPPED) return null
  // A run holding a blank cell comes from a table's cells, where no page number stands among a
  // row's cells: a printed number is never left out there. (A blank column the template lacks, 备注
  // or 其中：网上申请, gives the row one cell more; dropping a 0 instead made the sums "prove" every
  // later cell one column off: review 12 R12-1.)
  if (tokens.some((t) => t.value === null && t.digits === '')) return null
  let found: DroppedReading | null = null
  for (const idx of drops(tokens.length, extra)) {
    // Nor is a digit group of a space-grouped number (「1 391」): the row's total holds without the
    // thousands digit of a cell and of its 总计 alike, so the sums prove nothing.
    // Nor a number standing among a table row's cells: a printed cell boundary is never overridden by a sum.
    if (idx.some((i) => tokens[i]!.grouped || tokens[i]!.inRow)) continue
    const kept = tokens.filter((_, i) => !idx.includes(i))
    // A digit group with a leading zero (「066」 of 「1 066」) is never a count of its own.
    if (kept.some(leadingZeroGroup)) continue
    const reading = rowsOf(kept, rows, width)
    if (!reading.every((r) => holds(r, rules))) continue
    if (found && JSON.stringify(found.rows) !== JSON.stringify(reading)) return null
    found ??= { rows: reading, dropped: idx.map((i) => tokens[i]!.digits), droppedAt: idx.map((i) => tokens[i]!.start) }
  }
  return found
}

/**
 * A row printed one cell short: the seven readings with the missing (blank) cell at each place, for
 * the column sums of the whole table to choose among; a cell is read only where every reading that
 * fits the table agrees on it, and the missing one stays empty.
 */
export function readingsWithGap(tokens: CellToken[]): RequestRow[] {
  if (tokens.length !== WIDTH - 1) return []
  const values = tokens.map((t) => t.value)
  return Array.from({ length: WIDTH }, (_, at) => [...values.slice(0, at), null, ...values.slice(at)])
}
