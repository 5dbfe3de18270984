// Table 三 printed with each row's numbers BEFORE its label (pdftotext without -layout, copy-paste from
// a PDF viewer: 「120 30 1 2 5 3 161 / 一、本年新收… / 4 1 0 0 0 0 5 / 二、上年结转…」). Read as
// "the cells after a label", every row would hold the next row's numbers, called a reading by label
// (review-s8 §0). A whole row of cells before the first row label is the sign: then the pairing of
// labels and cells is not known from the text, and only the table's identities can choose — the
// reading under which every identity holds, if exactly one does; otherwise nothing is read.
import type { RequestRow, RequestRowKey } from '../model/report'
import type { Event } from './requests-events'
import { flowHolds, outcomesHold, rowSumHolds } from './requests-proof'
import type { RequestsParse } from './requests-parsed-row'

/** Whether a run of at least one whole row of cells stands before the first row label. */
export function cellsBeforeFirstLabel(evs: readonly Event[], width: number): boolean {
  const first = evs.findIndex((e) => e.kind === 'label')
  if (first <= 0) return false
  return evs.slice(0, first).some((e) => e.kind === 'cells' && e.tokens.length >= width)
}

/** The events with each label moved before the run of cells printed just before it (cells-before-label pairing). */
export function labelsBeforeTheirCells(evs: readonly Event[]): Event[] {
  const out: Event[] = [...evs]
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!
    if (out[i]!.kind === 'label' && prev.kind === 'cells') {
      out[i - 1] = out[i]!
      out[i] = prev
    }
  }
  return out
}

/** Every identity of the table can be evaluated and holds, and every row read adds up to its total. */
export function allIdentitiesHold(rows: Partial<Record<RequestRowKey, RequestRow>>): boolean {
  const read = Object.values(rows).filter((r): r is RequestRow => !!r && r.some((x) => x !== null))
  if (read.length === 0 || !read.every(rowSumHolds)) return false
  return outcomesHold(rows) === true && flowHolds(rows) === true
}

/**
 * Cells before their labels or after them, both readings holding the table's identities or neither:
 * every row of `after` left empty, with the reason (the reading's spans and layout kept).
 */
export function orientationUndecided(after: RequestsParse, bothHold: boolean): RequestsParse {
  const rows: RequestsParse['rows'] = Object.fromEntries(Object.entries(after.rows).map(([k, r]) => [k, r!.map(() => null)]))
  const message = `表三在第一个行名之前已有整行数字，数字印在各自行名之前还是之后不能确定，${bothHold ? '两种读法都合乎表内合计关系' : '两种读法都不合乎表内合计关系'}，未读取。`
  const notes = [{ field: 'requests', message }, ...Object.keys(rows).map((k) => ({ field: `requests.${k}`, message: '表三的数字与行名如何对应不能确定，未读取（见表三的说明）。' }))]
  return { rows, how: {}, spans: after.spans, otherHandlingLayout: after.otherHandlingLayout, notes }
}
