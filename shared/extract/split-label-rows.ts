// A table-三 row label broken over two grid rows, the numbers on the second: WPS documents and web
// pastes print 「一、本年新收政府 | (empty cells)」 over 「信息公开申请数量 | 409 | 52 … | 483」. Read as
// two rows, the first is a label with no cells and the second numbers with no label the row readers
// know, and the whole table was lost (review hr37 L1). The two rows are one row when the label proves
// it: the first row's only text is its label cell, the second row's label cell in the same place has
// no numbering of its own, and the two pieces joined are a template row label. Position alone never
// joins rows: halves that complete no known label stay as they are.
import type { TableCell } from '../model/document'
import { REQUEST_ROW_GROUP, REQUEST_ROW_LABELS } from '../model/template-labels'
import { visibleText } from './empty-columns'
import { toSimplifiedForMatching } from './prose-text'
import { LOOSE_ROW_PATTERNS, ROW_PATTERNS } from './row-labels'

/** A row label's own numbering at its start (一、 （二） 3. 5、). */
const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+[.．、])/

/**
 * Wordings outside a row's key phrase that the row-label matcher has no need to know (it reads a row
 * by its key phrase alone) but a whole label compared with the template's does: 情况 for 情形 in
 * （二）部分公开's note, 申请数 for 申请数量 in rows 一 and 二.
 */
const TAIL_WORDINGS: [RegExp, string][] = [
  [/情况/g, '情形'],
  [/申请数量/g, '申请数'],
]

/**
 * Each row's key phrase as the row-label matcher reads it (row-labels.ts: 本年度新收, 三类内容事务, （七）合计,
 * 信访、举报、投诉, 其它, 结转下一年度 …), as one mark per row: two wordings of a row's label compare equal.
 */
function markKeyPhrases(s: string): string {
  for (const { key, re } of [...ROW_PATTERNS, ...LOOSE_ROW_PATTERNS]) s = s.replace(re, `\u0001${key}\u0001`)
  return s
}

/** A label as compared: simplified, no spaces, key phrases marked, one form of brackets, commas, stops, quotes and wordings. */
function norm(label: string): string {
  let s = markKeyPhrases(toSimplifiedForMatching(visibleText(label)))
  for (const [re, to] of TAIL_WORDINGS) s = s.replace(re, to)
  return s
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[，,]/g, ',')
    .replace(/[．.]/g, '.')
    .replace(/[“”"]/g, '"')
}

/** The template's row labels and group headings (a group heading carries its 小计 in some tables), with and without numbering. */
const LABELS = new Set([...Object.values(REQUEST_ROW_LABELS), ...Object.values(REQUEST_ROW_GROUP)].flatMap((l) => [norm(l), norm(l).replace(NUMBERING, '')]))

const hasDigit = (text: string): boolean => /[0-9０-９]/.test(text)

/** The index of the row's last non-empty cell when no cell of the row holds a digit, or -1. */
function labelAt(row: readonly TableCell[]): number {
  if (row.some((c) => hasDigit(visibleText(c.text).replace(NUMBERING, '')))) return -1
  return row.findLastIndex((c) => visibleText(c.text) !== '')
}

/**
 * The cells the first row holds before the second row's first cell: merged cells (a group heading)
 * spanning down into the second row, which a grid reader gives only in the row where they start. -1
 * when the rows do not line up so.
 */
function spannedLead(first: readonly TableCell[], second: readonly TableCell[]): number {
  const lead = first.length - second.length
  return lead >= 0 && first.slice(0, lead).every((c) => (c.rowSpan ?? 1) > 1) ? lead : -1
}

/** Whether `second` continues the label of `first` (label cells, nothing else) into a template row label. */
function continues(first: readonly TableCell[], second: readonly TableCell[]): boolean {
  const at = labelAt(first)
  const lead = spannedLead(first, second)
  if (at < 0 || lead < 0 || at < lead) return false
  const head = first[at]!
  const rest = second[at - lead]!
  if ((head.colSpan ?? 1) !== (rest.colSpan ?? 1) || (head.rowSpan ?? 1) !== 1 || (rest.rowSpan ?? 1) !== 1) return false
  // The label pieces are words: a digit in either (past the head's numbering) is a count, not a label's half.
  if (hasDigit(visibleText(head.text).replace(NUMBERING, '')) || hasDigit(rest.text)) return false
  const tail = visibleText(rest.text)
  if (tail === '' || NUMBERING.test(tail)) return false
  // Before the label in the second row: nothing, or the first row's own cells (a merged group heading
  // repeated in each grid row it covers); after it, its counts.
  if (second.slice(0, at - lead).some((c, k) => visibleText(c.text) !== '' && visibleText(c.text) !== visibleText(first[k + lead]!.text))) return false
  if (!second.slice(at - lead + 1).some((c) => hasDigit(c.text))) return false
  const whole = norm(head.text + rest.text)
  // The head alone must not already be a whole label (a label row of its own with blank cells).
  return LABELS.has(whole) && !LABELS.has(norm(head.text))
}

/**
 * The rows with each proven split label joined into the row of its numbers (the first row's merged
 * cells kept before them, one grid row shorter); `from` gives each kept row's index in the input (the
 * row of the numbers), for the rows' pages.
 */
export function joinSplitLabelRows(rows: TableCell[][]): { rows: TableCell[][]; from: number[] } {
  const out: TableCell[][] = []
  const from: number[] = []
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!
    const next = rows[i + 1]
    if (next && continues(row, next)) {
      const at = labelAt(row)
      const lead = spannedLead(row, next)
      const spanned = row.slice(0, lead).map((c) => ({ ...c, rowSpan: (c.rowSpan ?? 1) - 1 }))
      out.push([...spanned, ...next.map((c, k) => (k === at - lead ? { ...c, text: visibleText(row[at]!.text) + visibleText(c.text) } : c))])
      from.push(i + 1)
      i++
      continue
    }
    out.push(row)
    from.push(i)
  }
  return { rows: out, from }
}
