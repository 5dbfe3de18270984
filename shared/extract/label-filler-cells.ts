// A pipe table (Markdown from a converter) prints a label merged over several columns as the label and
// empty filler cells: 「| 一、本年新收… |  |  | 409 | 52 | … |」. The filler cells are the label's, never
// data: left in, a table whose header names six data columns (no 总计, or no 其他) gave each row one
// "blank" data cell more, and every number moved one column right, or 总计 into 其他 (review hr34 W3).
// The header row names the data columns: an empty cell left of its first applicant heading is a label
// filler, and is left out of the row (such a table is then left unread: requests-missing-column.ts).
import type { TableCell } from '../model/document'
import { visibleText } from './empty-columns'
import { toSimplifiedForMatching } from './prose-text'

/** Headings of table 三's data columns (the template's and their group heading), and their short forms. */
const HEADING = /^(?:自然人|个人|公民|法人或其他组织|法人|商业企业|企业|科研机构|社会公益组织|法律服务机构|其他|总计|合计)$/
/** Only table 三's header (自然人 names it): table 四's 其他/总计 stand over columns whose blanks are data. */
const NATURAL = /^(?:自然人|个人|公民)$/

const plain = (s: string): string => toSimplifiedForMatching(visibleText(s))

/** The rows of a pipe table (no spans) without the empty cells left of the header's first data heading. */
export function withoutLabelFillers(rows: TableCell[][]): TableCell[][] {
  if (rows.some((r) => r.some((c) => (c.colSpan ?? 1) > 1 || (c.rowSpan ?? 1) > 1))) return rows
  const firstData = rows.findIndex((r) => r.some((c) => /[0-9０-９]/.test(c.text)))
  const header = rows.slice(0, firstData < 0 ? 0 : firstData)
  if (!header.some((r) => r.some((c) => NATURAL.test(plain(c.text))))) return rows
  // Only a header short of a column (no 其他, or no 总计) is the shape this mends. A full header keeps its
  // fillers: rows then align with the header cell by cell, and a row's blank cells (a 备注 column's
  // table prints blanks, not 0) are told from the fillers by that alignment (t4-stacked, remarks-column).
  const headings = new Set(header.flatMap((r) => r.map((c) => plain(c.text))))
  if (headings.has('其他') && (headings.has('总计') || headings.has('合计'))) return rows
  const first = Math.min(...header.map((r) => r.findIndex((c) => HEADING.test(plain(c.text)))).filter((i) => i >= 0))
  if (!Number.isFinite(first) || first < 1) return rows
  return rows.map((r) => (r.length > first ? r.filter((c, i) => i >= first || plain(c.text) !== '') : r))
}
