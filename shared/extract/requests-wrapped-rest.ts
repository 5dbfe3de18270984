// A table-三 row read under its own label that fails its own total is kept as the report's own error
// (requests-proof.ts) — unless its cells ran onto the next line and that line holds the wrapped rest
// of cells: a unit alone (「件」「（件）」) or a bracketed sub-count (「（195）」). In a narrow PDF column a
// cell 「0件」 or 「390（195）」 wraps, and `pdftotext -layout` prints the wrapped part on the line below,
// among the cells of the columns that did not wrap (review 10 R10-2: 「…0件 0 30」 over 「0件 （件）」
// read 30 as the 其他 column and 0 as the 总计). The cells' order is then not printed: the row's failure
// is as likely the text's as the report's, so the row is left empty with a note. A row on one line, or
// one whose next line holds no such fragment, still stands for the checks to flag. So does a number
// alone on the next line under a row whose other cells stand side by side: a wrapped number's rest.
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { rowName, rowSumHolds, type RowHow } from './requests-proof'

type Rows = Partial<Record<RequestRowKey, RequestRow>>

/** The rest of a wrapped cell: a count word alone, bracketed or not, or a number in brackets. */
const WRAPPED_REST = /(?:^|[\s\u3000])(?:[（(][ \u3000]*[件个项条次][ \u3000]*[）)]|[件个项条次]|[（(][ \u3000]*\d+[ \u3000]*[）)])(?=[\s\u3000]|$)/

/** The text of a row's cells from its second line to the end of the line its last cell is on ('' when on one line). */
export function linesAfterFirst(text: string, start: number, end: number): string {
  const nl = text.indexOf('\n', start)
  if (nl < 0 || nl >= end) return ''
  const stop = text.indexOf('\n', end)
  return text.slice(nl + 1, stop < 0 ? text.length : stop)
}

/** A line that is one number alone (as the rest of a number wrapped in a narrow cell is printed). */
const BARE_NUMBER = /^[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*$/
const NUMBERS = /[0-9０-９]+/g

/**
 * Whether the row's cells stand side by side on its first line (two numbers or more) and a later line
 * of its cells is one number alone: the rest of a number wrapped in its narrow cell (「１０」 printed
 * over the row and 「３」 under it where a text-only OFD has no grid), not a cell of its own.
 */
function wrappedNumberRest(text: string, cellsStart: number, rest: string): boolean {
  if (!rest) return false
  const nl = text.indexOf('\n', cellsStart)
  const firstLine = text.slice(cellsStart, nl < 0 ? text.length : nl)
  return (firstLine.match(NUMBERS)?.length ?? 0) >= 2 && rest.split('\n').some((line) => BARE_NUMBER.test(line))
}

/** Whether a row's cells run onto a next line holding a wrapped cell's rest, or a wrapped number's rest. */
export function hasWrappedRest(text: string, cellsStart: number, cellsEnd: number): boolean {
  const rest = linesAfterFirst(text, cellsStart, cellsEnd)
  return rest.split('\n').some((line) => WRAPPED_REST.test(line)) || wrappedNumberRest(text, cellsStart, rest)
}

/**
 * Rows read by label that fail their own total, whose cells run onto a next line holding a wrapped
 * cell's rest (WRAPPED_REST): emptied (and dropped from `how`), with a note quoting that line.
 */
export function unreadFailingWrappedRows(
  rows: Rows,
  how: Partial<Record<RequestRowKey, RowHow>>,
  spans: readonly { key: RequestRowKey; labelStart: number | null; cellsStart: number; cellsEnd: number }[],
  text: string,
  notes: ExtractionNote[],
): Rows {
  let out = rows
  for (const s of spans) {
    const row = out[s.key]
    if (how[s.key] !== 'label' || !row || row.every((x) => x === null) || rowSumHolds(row)) continue
    if (!hasWrappedRest(text, s.cellsStart, s.cellsEnd)) continue
    const rest = linesAfterFirst(text, s.cellsStart, s.cellsEnd)
    out = { ...out, [s.key]: row.map(() => null) }
    delete how[s.key]
    const shown = rest.replace(/\s+/g, ' ').trim().slice(0, 40)
    notes.push({
      field: `requests.${s.key}`,
      message: `表三「${rowName(s.key)}」行各列之和与总计不符，且其数字跨行，下一行印有被折行的单元格余部（${shown}），各格次序不能确定，不能证明是报告本身的差错，未读取。`,
    })
  }
  return out
}
