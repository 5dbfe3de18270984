// A 序号 (row number) column in front of a table's rows: 「1 | 规章 | 0 | 0 | 5」. Its numbers count
// nothing. Left in, table 二's rows read one number too many (the next row's 序号 comes after a row's
// cells) and were left unread, table 三 listed every 序号 as a stray number, and where a row's cells
// were blank (zeros left blank) the 序号 was read as its first cell. The column is known by its heading
// and by what it holds: 序号 over it and in every row below only a row number or nothing; or, in a
// table continued on a new page without its header, numbers running on by one before every row's label.
import type { TableCell } from '../model/document'
import { visibleText } from './empty-columns'
import { place, span, withoutGridColumns, type Placed } from './table-grid'
import { shortRowsUnderHeading, type ShortRows } from './ordinal-short-row'

const HEADING = /^(?:序号|编号|序)$/
/** A row number as tables print it: 1, 12, 一, （三）, 2., 3、 */
const ROW_NUMBER = /^[(（]?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[)）]?[、.．]?$/
/** Rows a headerless table needs to show its numbers running on (fewer could be counts by chance). */
const MIN_RUN = 3

/** The column headed 序号 above the first row with a number, whose cells below are row numbers or nothing; and the heading's row. */
function headedColumn(rows: TableCell[][], own: Placed[]): { col: number; row: number } | null {
  // A caption across the table (one cell) may hold a digit (「3、依申请公开情况」): not a data row.
  const firstData = rows.findIndex((r) => r.length > 1 && r.some((c) => /[0-9０-９]/.test(c.text)))
  if (firstData <= 0) return null
  const heading = own.find((p) => p.row < firstData && HEADING.test(visibleText(p.cell.text)))
  if (!heading) return null
  const below = own.filter((p) => p.col === heading.col && p.row > heading.row).map((p) => visibleText(p.cell.text))
  if (!below.every((t) => t === '' || ROW_NUMBER.test(t) || HEADING.test(t))) return null
  return below.some((t) => ROW_NUMBER.test(t)) ? { col: heading.col, row: heading.row } : null
}

/**
 * A first column of whole numbers running on by one (n, n+1, …; rows without a number in it may stand
 * between), each before a label: a cell with words right after it, its own or a merged one.
 */
function runningColumn(placed: Placed[], own: Placed[]): number | null {
  const first = own.filter((p) => p.col === 0)
  const numbered = first.filter((p) => /^\d{1,3}$/.test(visibleText(p.cell.text)))
  if (numbered.length < MIN_RUN || first.some((p) => !/^\d{0,3}$/.test(visibleText(p.cell.text)))) return null
  const runsOn = numbered.every((p, i) => i === 0 || Number(visibleText(p.cell.text)) === Number(visibleText(numbered[i - 1]!.cell.text)) + 1)
  const labelAfter = (row: number): boolean =>
    placed.some((p) => p.row <= row && row < p.row + Math.max(1, p.cell.rowSpan ?? 1) && p.col <= 1 && 1 < p.col + span(p) && /[^\d\s.,，、]/.test(visibleText(p.cell.text)))
  return runsOn && numbered.every((p) => labelAfter(p.row)) ? 0 : null
}

/** The table without its 序号 column, where it has one; else the rows as they are. */
export function withoutOrdinalColumn(rows: TableCell[][]): TableCell[][] {
  if (rows.length < 2) return rows
  const { placed, width } = place(rows)
  const own = placed.filter((p) => span(p) === 1)
  const headed = headedColumn(rows, own)
  const k = headed?.col ?? runningColumn(placed, own)
  if (k === null) return rows
  // A cell spanning the column (a caption across the table) keeps its other columns.
  const out = withoutGridColumns(rows, placed, new Set([k]))
  // A row printing no 序号 of its own whose leading number is proven a count keeps it (ordinal-short-row.ts).
  const short = headed ? shortRowsUnderHeading(placed, width, headed.col, headed.row) : null
  return short?.counts.size ? out.map((r, i) => (short.counts.has(i) ? rows[i]! : r)) : out
}

/**
 * True where a table's 序号 heading stands over a row that prints no 序号 of its own and whose
 * leading number the cells' count and sums do not prove a count (dropped as a 序号): its table,
 * left unread, says so (ordinal-short-row.ts).
 */
export function ordinalCountUndecided(rows: TableCell[][]): boolean {
  if (rows.length < 2) return false
  const { placed, width } = place(rows)
  const headed = headedColumn(rows, placed.filter((p) => span(p) === 1))
  const short: ShortRows | null = headed ? shortRowsUnderHeading(placed, width, headed.col, headed.row) : null
  return !!short?.undecided
}
