// Table 三 printed with each row's numbers BEFORE its label (pdftotext without -layout, copy-paste from
// a PDF viewer: 「120 30 1 2 5 3 161 / 一、本年新收… / 4 1 0 0 0 0 5 / 二、上年结转…」). Read as
// "the cells after a label", every row would hold the next row's numbers, called a reading by label
// (review-s8 §0). A whole row of cells before the first row label is the sign: then the pairing of
// labels and cells is not known from the text, and only the table's identities can choose — the
// reading under which every identity holds, if exactly one does; otherwise nothing is read.
import type { RequestRow, RequestRowKey } from '../model/report'
import type { Event } from './requests-events'
import { flowHolds, outcomesHold, rowSumHolds } from './requests-proof'

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
