// Where a run of table 三 cells belongs when its labels do not say (the rows still open after the last
// one filled, a run right after a group of labels), and the note on space-grouped numbers in a run.
// Pure helpers of requests-table.ts.
import type { RequestRowKey } from '../model/report'
import { REQUEST_ROW_KEYS } from '../model/report'
import { OTHER_HANDLING_SUBROWS } from './row-labels'
import { order, type LabelHit } from './requests-labels'
import type { CellToken } from './cells'
import { groupedDigitTexts } from './grouped-digits'

/** The rows after `after` not filled yet: where cells without a label of their own belong. */
export function nextOpenRows(after: RequestRowKey | null, filled: Set<RequestRowKey>, layout: 'single' | 'split'): RequestRowKey[] {
  const start = after === null ? 0 : order(after) + 1
  return REQUEST_ROW_KEYS.slice(start).filter((k) => {
    if (filled.has(k)) return false
    if (layout === 'split' && k === 'otherHandling') return false
    if (layout === 'single' && OTHER_HANDLING_SUBROWS.includes(k)) return false
    return true
  })
}

/** Whether a run starts right after the last of the waiting labels (nothing but spaces between). */
export function followsLastLabels(text: string, pending: LabelHit[], runStart: number): boolean {
  const last = pending[pending.length - 1]
  return !!last && last.end <= runStart && text.slice(last.end, runStart).trim() === '' && pending.every((h) => h.end <= last.end)
}

/** The space-grouped numbers a run may hold, for its note (「1 391」 may be one number or two cells). */
export function groupedNote(toks: CellToken[], text: string): string {
  const g = groupedDigitTexts(toks, text)
  return g.length ? `，其中${g.map((x) => `「${x}」`).join('')}可能是以空格分节的一个数，也可能是两格，无法判定` : ''
}

