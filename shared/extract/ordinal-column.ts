// A 序号 (row number) column in front of a table's rows: 「1 | 规章 | 0 | 0 | 5」. Its numbers count
// nothing. Left in, table 二's rows read one number too many (the next row's 序号 comes after a row's
// cells) and were left unread, and table 三 listed every 序号 as a stray number. The column is known by
// its heading and by what it holds: 序号 over it, and in every row below only a row number or nothing.
import type { TableCell } from '../model/document'
import { visibleText } from './empty-columns'
import { place, span, withoutGridColumns } from './table-grid'

const HEADING = /^(?:序号|编号|序)$/
/** A row number as tables print it: 1, 12, 一, （三）, 2., 3、 */
const ROW_NUMBER = /^[(（]?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[)）]?[、.．]?$/

/** The table without its 序号 column, where it has one; else the rows as they are. */
export function withoutOrdinalColumn(rows: TableCell[][]): TableCell[][] {
  const firstData = rows.findIndex((r) => r.some((c) => /[0-9０-９]/.test(c.text)))
  if (firstData <= 0) return rows
  const { placed } = place(rows)
  const own = placed.filter((p) => span(p) === 1)
  const heading = own.find((p) => p.row < firstData && HEADING.test(visibleText(p.cell.text)))
  if (!heading) return rows
  const k = heading.col
  const below = own.filter((p) => p.col === k && p.row > heading.row).map((p) => visibleText(p.cell.text))
  // Every cell a row number, a repeated heading or nothing; and row numbers in two rows or more.
  if (!below.every((t) => t === '' || ROW_NUMBER.test(t) || HEADING.test(t))) return rows
  if (below.filter((t) => ROW_NUMBER.test(t)).length < 2) return rows
  // A cell spanning the column (a caption across the table) keeps its other columns.
  return withoutGridColumns(rows, placed, new Set([k]))
}
