// A table first on its page after a table that ended the previous page is stitched to it as its
// continuation, its repeated header rows dropped (assemble.ts). A table 三 too wide for the page,
// printed as two tables side by side (issue 10), has its second part on the next page: its first
// header row repeats the first part's (项目 | 申请人情况) but the rows under it name other columns
// (社会公益组织 … 总计). Stitched, that first row was dropped as a repeat and the second part's rows
// ran on under the first part's columns (rv28 pdf-sidesplit: table 三 unread); with a flat header
// (no row repeated) its header row was glued to the first part's last row as the rest of a row cut
// by the page. A continuation repeats its header; it never brings headings of its own.
import type { TableCell } from '../../../shared/model/document'

const DIGIT = /[0-9０-９]/
const squash = (s: string): string => s.replace(/\s+/g, '')

/** The leading rows without a digit over rows of counts: a table's header rows; null where no row holds a digit
 *  (a table of words has no header to tell by: its rows on the next page are words too). */
function headerRows(rows: readonly TableCell[][]): TableCell[][] | null {
  const n = rows.findIndex((r) => r.some((c) => DIGIT.test(c.text)))
  return n < 0 ? null : rows.slice(0, n)
}

/** A cell that is a number and nothing else (no label 「2.申请人…」). */
const COUNT = /^[0-9０-９][0-9０-９,，.．\s]*$/

/** How many cells of the first row of counts are numbers. */
function countCells(rows: readonly TableCell[][]): number {
  return rows.find((r) => r.some((c) => DIGIT.test(c.text)))?.filter((c) => COUNT.test(c.text.trim())).length ?? 0
}

/** Distinct headings a table's own header rows past the first `repeated` name that `before` (a header's whole text) does not.
 *  A row of one word is no header row: it is the rest of a label the page break cut (「机关不再处理其申请的情形」
 *  under the repeated header, before the next row of counts); headings stand several to a row. Nor is a row whose
 *  words stand only left of the counts (its last cells, as many as the first row of counts has numbers, empty):
 *  headings name the count columns; that row is the rest of the labels of a row the page break cut inside the
 *  row (「其他处理」 | 「人无正当理由逾期不补正……」 | empty count cells; cut-row-rest.ts). */
function newHeadings(before: string, next: readonly TableCell[][], repeated: number): Set<string> {
  const out = new Set<string>()
  const counts = countCells(next)
  for (const r of headerRows(next)?.slice(repeated) ?? []) {
    const words = r.map((c) => squash(c.text)).filter((w) => w !== '')
    if (words.length < 2) continue
    if (counts > 0 && r.length > counts && r.slice(-counts).every((c) => squash(c.text) === '')) continue
    for (const w of words) if (!before.includes(w)) out.add(w)
  }
  return out
}

/**
 * Whether the table on the next page is another table, not the previous one's continuation. Where
 * `repeated` of its first rows repeat the previous table's first rows, one heading printed nowhere in
 * the previous table's header tells it apart; where none repeats, two (a row cut by the page opens
 * the continuation with the rest of one label, 「法提供」 under 「（四）无」). A wrapped heading counts as
 * printed: the comparison ignores white space and looks inside the header's whole text.
 */
export function bringsOtherHeadings(previous: readonly TableCell[][], next: readonly TableCell[][], repeated: number): boolean {
  const before = squash((headerRows(previous) ?? []).flatMap((r) => r.map((c) => c.text)).join('|'))
  if (!before) return false
  return newHeadings(before, next, repeated).size >= (repeated >= 1 ? 1 : 2)
}
