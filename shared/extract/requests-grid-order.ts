// Table 三's column order from a table's own structure (HTML, Word: cells with their spans).
//
// A header of several rows flattened to text loses where each heading stands: 「申请人情况 | 自然人(3 rows)
// | 总计(3 rows)」 over 「法人或其他组织」 over the five organisations reads, line by line, as 自然人 first,
// though the spans put 自然人 in the sixth data column (review rv24b D01, C02: 93 cells read in the
// template's order, no note). Where the table's cells and spans are known, each heading's column is.
import type { SourceDocument, TableCell } from '../model/document'
import { locAt, type FlatText } from './flatten'
import { place, span } from './table-grid'
import { REQUEST_COLUMN_LABELS } from '../model/template-labels'
import { toSimplifiedForMatching } from './prose-text'

const NUMBER_CELL = /^[\d,，.\s\u3000]+(?:件|个|条|项)?$/

/** A row holding a number cell: the header ends before it. */
const hasNumber = (row: readonly TableCell[]): boolean => row.some((c) => NUMBER_CELL.test(c.text.trim()) && /\d/.test(c.text))

const plain = (s: string): string => toSimplifiedForMatching(s.replace(/[\s\u3000]+/g, ''))

/**
 * The template column of each printed data column (printed order), from the header's spans; null where
 * the table is not exactly the seven headings on the grid's last seven columns, each a column of its own,
 * with 申请人情况 / 法人或其他组织 / the corner cell as the only other header words.
 */
export function gridColumnOrder(rows: readonly TableCell[][]): number[] | null {
  const body = rows.findIndex(hasNumber)
  if (body <= 0) return null
  // Each header cell with the grid columns it covers (table-grid.ts, shared with the column-dropping readers).
  const { placed, width } = place(rows.slice(0, body))
  const cells = placed.map((p) => ({ text: plain(p.cell.text), start: p.col, end: p.col + span(p) }))
  const first = width - REQUEST_COLUMN_LABELS.length
  if (first < 1) return null
  const starts: number[] = []
  for (const [i, label] of REQUEST_COLUMN_LABELS.entries()) {
    const at = cells.filter((c) => c.text === plain(label))
    if (at.length !== 1 || at[0]!.end - at[0]!.start !== 1 || at[0]!.start < first) return null
    starts[i] = at[0]!.start
  }
  if (new Set(starts).size !== starts.length) return null
  // Any other word over the data columns (a 小计, a 备注, a year) and the order is not the seven's alone.
  const known = new Set([...REQUEST_COLUMN_LABELS, '申请人情况', '法人或其他组织'].map(plain))
  if (cells.some((c) => c.start >= first && c.text !== '' && !known.has(c.text))) return null
  return REQUEST_COLUMN_LABELS.map((_, printed) => starts.indexOf(first + printed))
}

/** The grid order of the tables between `from` and `to` in the flat text; null where none has one, or two differ. */
export function gridOrderIn(doc: SourceDocument, flat: FlatText, from: number, to: number): number[] | null {
  const [a, b] = [locAt(flat, from).block, locAt(flat, Math.max(from, to - 1)).block]
  const orders = doc.blocks.slice(a, b + 1).flatMap((block) => (block.kind === 'table' ? [gridColumnOrder(block.rows)] : [])).filter((o) => o !== null)
  return orders.length && orders.every((o) => o.join() === orders[0]!.join()) ? orders[0]! : null
}
