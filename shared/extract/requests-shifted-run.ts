// A run of table-三 numbers placed under a group of labels printed before it, as many rows as labels —
// right after a run with more rows than its labels, its first label without its numbering. In text
// where a page break cuts a row's label (pdftotext plain of a PDF: each page's labels, then its
// numbers), the tail of a cut label is found as its row on the next page while that row's numbers stayed
// on the page before, and a label cut at that page's end is not found: the counts agree, yet every row
// is one off, and each still adds up to its total (the outcome rows all add into the same 总计, so the
// table's sums cannot tell either). The cut row's numbers then make the run before one row longer than
// its labels (left unplaced). Such a run is not read; each row says why.
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { rowName } from './requests-proof'

/** A label line opening with its row's numbering (「3.」「（四）」「一、」): a whole label, not the tail of one cut before it. */
const NUMBERED = /^[\s\u3000]*(?:[0-9０-９]{1,2}[.．、]|[（(][一二三四五六七][）)]|[一二三四][、.．])/

/**
 * Whether a run placed under `targets` (labels printed apart from it) may be one row off: the run
 * before it held more rows than its labels (left unplaced, or rows placed by position: the row of a
 * label cut there) and the first label here does not open with its numbering (the cut label's tail).
 */
export function mayBeShifted(targets: readonly { key: RequestRowKey; hit: { start: number } | null }[], afterUnplaced: boolean, text: string): boolean {
  if (!afterUnplaced || targets.length < 2 || targets.some((t) => !t.hit)) return false
  const start = targets[0]!.hit!.start
  return !NUMBERED.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start + 4))
}

/** The rows of such runs: emptied, each with a note. */
export function unreadShiftedRuns(
  rows: Partial<Record<RequestRowKey, RequestRow>>,
  how: Partial<Record<RequestRowKey, unknown>>,
  runs: readonly RequestRowKey[][],
  notes: ExtractionNote[],
): Partial<Record<RequestRowKey, RequestRow>> {
  let out = rows
  for (const run of runs) {
    for (const key of run) {
      const row = out[key]
      if (!row || row.every((x) => x === null)) continue
      out = { ...out, [key]: row.map(() => null) }
      delete how[key]
      notes.push({
        field: `requests.${key}`,
        message: `表三「${rowName(key)}」行与同组各行的行名印在数字之前，行数与行名数相同，但其前一段数字多于其行名，而本组第一个行名不以序号开头（可能是被分页截断的行名的后半），数字可能整体错开一行，各行合计仍相符而不能区分，未读取。`,
      })
    }
  }
  return out
}
