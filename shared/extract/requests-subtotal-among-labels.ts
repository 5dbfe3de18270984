// Table 三 with a 小计 row at each group's head, in text where labels are printed apart from their
// numbers (pdftotext plain of a PDF: each page's labels, then its numbers). The 小计 row's numbers then
// stand among the run's rows with no label of their own, and where a page break cuts a label (its
// tail found on the next page, its numbers left on the page before) the label count no longer tells
// which row is the 小计's: rows placed by position come out one off and still add up (the 小计 row is
// its group's sum). Such a run is not read; each row says why.
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import type { LabelHit } from './requests-labels'
import { fuzzy } from './row-labels'
import { rowName } from './requests-proof'

const SUBTOTAL = new RegExp(fuzzy('小计'), 'g')
/** A group heading, which may carry its group's sums (a 小计 row without the word). */
const HEADING = new RegExp([fuzzy('不予公开'), fuzzy('无法提供'), fuzzy('不予处理'), fuzzy('其他处理')].join('|'), 'g')
/** A heading or 小计 on a line of its own: only its numbering (（三）, a heading before 小计) before it, */
const LINE_HEAD = /^[\s\u3000]*(?:[（(][\s\u3000]*[一二三四五六七][\s\u3000]*[）)])?[\s\u3000]*(?:[\u4e00-\u9fff][\s\u3000]*){0,6}$/
/** and nothing after it on that line (a label beside it is a merged cell's row, not a subtotal apart). */
const LINE_END = /^[ \t\u3000]*(?:\n|$)/
/** What follows a 小计 printed apart from its numbers: another label (its numbering, a heading or words). */
const LABEL_NEXT = /^[\s\u3000]*(?:[0-9０-９]{1,2}[\s\u3000]*[.．、]|[（(]|[\u4e00-\u9fff])/

/** How many of `re`'s words stand between `from` and `to` outside the row labels, followed by another label (not by their own numbers). */
function wordsApart(re: RegExp, text: string, labels: readonly LabelHit[], from: number, to: number): number {
  let n = 0
  re.lastIndex = from
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (labels.some((h) => h.start <= m!.index && m!.index < h.end)) continue
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1
    const alone = LINE_HEAD.test(text.slice(lineStart, m.index)) && LINE_END.test(text.slice(m.index + m[0].length, to))
    if (alone && LABEL_NEXT.test(text.slice(m.index + m[0].length, to))) n++
  }
  return n
}

/**
 * Whether the group headings printed apart from their numbers carry their groups' sums (a 小计 row
 * without the word): the table prints at least one row of numbers more than its labels per such heading
 * (a bare heading holds none). A label not found adds a row too: rows are then left unread, never misread.
 */
export function headingsCarrySums(text: string, labels: readonly LabelHit[], rowsPrinted: number): boolean {
  const first = labels[0]?.start ?? 0
  // A 「小计」 apart anywhere: the table has such rows (one cut at a page end leaves no word in its run).
  if (wordsApart(SUBTOTAL, text, labels, first, text.length) > 0) return true
  const headings = wordsApart(HEADING, text, labels, first, text.length)
  return headings > 0 && rowsPrinted - labels.length >= headings
}

/**
 * Whether a subtotal row stands in the labels printed between `from` and `to` (the run's start),
 * followed by another label, not by its numbers — a 「小计」, or a group heading where `headingSums` —
 * so that its numbers are among the run's. Words inside a row label are that row's.
 */
export function subtotalAmongLabels(text: string, labels: readonly LabelHit[], from: number, to: number, headingSums: boolean): boolean {
  return wordsApart(SUBTOTAL, text, labels, from, to) > 0 || (headingSums && wordsApart(HEADING, text, labels, from, to) > 0)
}

/** The rows of such runs: emptied, each with a note. */
export function unreadRunsWithSubtotalRow(
  rows: Partial<Record<RequestRowKey, RequestRow>>,
  how: Partial<Record<RequestRowKey, unknown>>,
  runs: readonly RequestRowKey[][],
  notes: ExtractionNote[],
): Partial<Record<RequestRowKey, RequestRow>> {
  let out = rows
  for (const key of runs.flat()) {
    const row = out[key]
    if (!row || row.every((x) => x === null)) continue
    out = { ...out, [key]: row.map(() => null) }
    delete how[key]
    notes.push({
      field: `requests.${key}`,
      message: `表三「${rowName(key)}」行与同组各行的行名印在数字之前，其间有「小计」行（其数字混在各行数字之中，没有自己的行名），行名又可能被分页截断，哪一行数字属于哪一行不能确定（各行合计仍可相符），未读取。`,
    })
  }
  return out
}
