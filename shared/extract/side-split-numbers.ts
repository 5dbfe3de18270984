// Table 三 printed as two tables side by side, the second with row numbers (序号 1, 2, 3 …) where the
// first has the row labels (issue 10). Nothing but the numbers says which row is which, so the join
// needs two proofs: the numbers run 1…n with n the first part's rows with counts, and the joined rows
// hold the table's own identity — in every row the six columns add up to its 总计, on at least one
// row with a 总计 above 0. Else the parts stay apart (side-split-tables.ts leaves table 三 unread).
import type { TableBlock, TableCell } from '../model/document'
import { REQUEST_COLUMN_LABELS } from '../model/template-labels'
import { toHalfWidthDigits } from './numbers-cn'
import { asPart, clean, COUNT_CELL, inTemplateOrder, MAX_PART_ROWS, type Part } from './side-split-parts'
import { place } from './table-grid'
import { rowSumHolds } from './requests-proof'

/** A cell that says zero or nothing: blank, 0 (〇 零 too), a dash or a slash, 无. */
const ZERO_MARK = /^(?:0|[〇○零]|[—–－―\-/／]{1,2}|无)?$/

interface NumberedPart {
  /** Each body row's counts (the cells after its number). */
  body: TableCell[][]
  /** The data columns' headings as printed. */
  headings: string[]
}

/** A count cell's value for the identity check: digits (thousands grouped or not, a unit after them), or 0 for a zero mark; else null. */
function cellValue(cell: TableCell): number | null {
  // A unit after the count (「5件」) is no part of it.
  const t = toHalfWidthDigits(clean(cell.text))
    .replace(/\s/g, '')
    .replace(/(?<=\d)[件个条项次]$/, '')
    // A footnote mark raised after it (「0⁶」) is no digit of it.
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹*＊]+$/, '')
  if (ZERO_MARK.test(t)) return 0
  if (/^\d{1,3}(?:[,，]\d{3})+$|^\d+$/.test(t)) return Number(t.replace(/[,，]/g, ''))
  return null
}

/** The table as a second part with a 序号 column and the remaining data columns; else null. */
function asNumberedPart(t: TableBlock): NumberedPart | null {
  const rows = t.rows
  if (rows.length > MAX_PART_ROWS || t.rowScans) return null
  const { placed, width } = place(rows)
  if (width < 2) return null
  const first = (row: TableCell[]): string => clean(row[0]?.text ?? '')
  const bodyStart = rows.findIndex((row) => first(row) === '1')
  if (bodyStart < 1) return null
  const body = rows.slice(bodyStart)
  // Every body row: its number, one more than the row before's, then one count cell per data column.
  if (body.some((row, i) => first(row) !== String(i + 1) || row.length !== width || row.slice(1).some((c) => !COUNT_CELL.test(clean(c.text))))) return null
  // A data column's heading: the lowest header cell with text over it, over that column alone.
  const headings: string[] = []
  for (let c = 1; c < width; c++) {
    const over = placed.filter((p) => p.row < bodyStart && p.col <= c && c < p.col + Math.max(1, p.cell.colSpan ?? 1) && clean(p.cell.text) !== '')
    const lowest = over.sort((a, b) => b.row - a.row)[0]
    if (!lowest || Math.max(1, lowest.cell.colSpan ?? 1) !== 1) return null
    headings.push(clean(lowest.cell.text))
  }
  return { body: body.map((row) => row.slice(1)), headings }
}

/** Whether every joined row's six columns add up to its 总计, with some 总计 above 0. */
export function rowTotalsHold(rows: TableCell[][]): boolean {
  let some = false
  for (const row of rows) {
    const v = row.map(cellValue)
    if (v.some((x) => x === null)) return false
    if (v.length !== 7 || !rowSumHolds(v)) return false
    if (v[6]! > 0) some = true
  }
  return some
}

/** The first part's rows with counts, as the second part numbers them. */
const rowsWithCounts = (a: Part): number[] => a.counts.flatMap((n, i) => (n > 0 ? [i] : []))

/** The two parts as one table, where the row numbers and the row totals prove the join; else null. */
export function joinedByRowNumbers(first: TableBlock, second: TableBlock): TableBlock | null {
  if (first.rowScans) return null
  const a = asPart(first)
  const b = a ? asNumberedPart(second) : null
  if (!a || !b || a.width + b.headings.length !== REQUEST_COLUMN_LABELS.length) return null
  if ([...a.headings, ...b.headings].join('|') !== REQUEST_COLUMN_LABELS.join('|')) return null
  if (!inTemplateOrder(a.labels)) return null
  const counted = rowsWithCounts(a)
  if (counted.length !== b.body.length) return null
  const data = counted.map((r, i) => [...a.body[r]!.slice(-a.width), ...b.body[i]!])
  if (!rowTotalsHold(data)) return null
  const rest = new Map(counted.map((r, i) => [r, b.body[i]!]))
  const headerRow: TableCell[] = [{ text: '', ...(a.labelWidth > 1 ? { colSpan: a.labelWidth } : {}) }, ...[...a.headings, ...b.headings].map((text) => ({ text }))]
  const rows = [headerRow, ...a.body.map((row, i) => [...row, ...(rest.get(i) ?? [])])]
  const pages = first.rowPages
  return { kind: 'table', rows, loc: first.loc, ...(pages ? { rowPages: [pages[0]!, ...pages.slice(a.header.length)] } : {}) }
}
