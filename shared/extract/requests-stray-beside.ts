// A table-三 row read under its own label that fails its own total is kept as the report's own
// error (requests-proof.ts) — unless stray numbers stand on lines of their own right beside it.
// Plain pdftotext of a cell printed 「2 887」 (a space as thousands separator) puts the 「2」 on a line
// of its own before the row's label and keeps 「887」 in the row (review 9b R7: 本年新收 read as
// [887 … 790], 2 887 and 3 790 printed). The row's failure is then as likely the text's as the
// report's: nothing proves which, so the row is left empty with a note. Where no such stray line
// touches the row, a failing row still stands for the checks to flag.
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { rowName, rowSumHolds, type RowHow } from './requests-proof'

type Rows = Partial<Record<RequestRowKey, RequestRow>>

/**
 * A line holding nothing but one to three short numbers (a thousands group, a page number), in half- or
 * full-width digits (「４３ ４７」); or nothing but single digits apart (letter-spaced numbers' wrapped
 * heads, 「1 1 3 1 1 9」 for 1139 and 1191 over a 总计 row: sweep --letter-spaced ofd-unruled).
 */
const BARE_NUMBERS_LINE = /^[ \t\u3000]*(?:[0-9０-９]{1,3}(?:[ \t\u3000]+[0-9０-９]{1,3}){0,2}|[0-9０-９](?:[ \t\u3000]+[0-9０-９])+)[ \t\u3000]*$/
const DIGIT = /[0-9０-９]/

/** Where rows' cells were read: a line there is a row's, not a stray (one number a line is a layout too). */
export type Taken = (pos: number) => boolean

/** The bare-number lines right before `at` (the line holding `at` excluded) that no row took, nearest last. */
export function bareLinesBefore(text: string, at: number, taken: Taken): string[] {
  const out: string[] = []
  let end = text.lastIndexOf('\n', at - 1)
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1
    const line = text.slice(start, end)
    if (line.trim() === '') {
      end = start - 1
      continue
    }
    if (!BARE_NUMBERS_LINE.test(line) || taken(start + line.search(DIGIT))) break
    out.unshift(line.trim())
    end = start - 1
  }
  return out
}

/** The bare-number lines right after `at` (the line holding `at` excluded) that no row took. */
export function bareLinesAfter(text: string, at: number, taken: Taken): string[] {
  const out: string[] = []
  let start = text.indexOf('\n', at)
  while (start >= 0 && start < text.length) {
    const end = text.indexOf('\n', start + 1)
    const line = text.slice(start + 1, end < 0 ? text.length : end)
    if (line.trim() !== '') {
      if (!BARE_NUMBERS_LINE.test(line) || taken(start + 1 + line.search(DIGIT))) break
      out.push(line.trim())
    }
    if (end < 0) break
    start = end
  }
  return out
}

/**
 * Rows read by label that fail their own total while bare numbers stand on lines of their own
 * right before the row's label or right after its cells: emptied (and dropped from `how`), with a
 * note quoting the strays. `spans` are the rows' places in `text` (label start, cells end).
 */
export function unreadFailingRowsBesideStrays(
  rows: Rows,
  how: Partial<Record<RequestRowKey, RowHow>>,
  spans: readonly { key: RequestRowKey; labelStart: number | null; cellsStart: number; cellsEnd: number }[],
  text: string,
  notes: ExtractionNote[],
): Rows {
  let out = rows
  const taken: Taken = (pos) => spans.some((s) => pos >= s.cellsStart && pos < s.cellsEnd)
  for (const s of spans) {
    const row = out[s.key]
    if (how[s.key] !== 'label' || !row || s.labelStart === null || row.some((x) => x === null) || rowSumHolds(row)) continue
    const strays = [...bareLinesBefore(text, s.labelStart, taken), ...bareLinesAfter(text, s.cellsEnd, taken)]
    if (strays.length === 0) continue
    out = { ...out, [s.key]: row.map(() => null) }
    delete how[s.key]
    notes.push({
      field: `requests.${s.key}`,
      message: `表三「${rowName(s.key)}」行各列之和与总计不符，而紧挨此行另有单独成行的数字（${strays.join('、')}），可能是此行某格被拆开的数字（如“2 887”的千位），不能证明是报告本身的差错，未读取。`,
    })
  }
  return out
}
