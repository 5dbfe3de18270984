// Table 四's group labels where the table is laid out one group per row (行政复议 5 3 0 0 8 /
// 未经复议直接起诉 … / 复议后起诉 …): where each group's row starts.
import type { ReviewLitigation } from '../model/report'
import { maskSpacedCells } from './cells'
import { fuzzy } from './row-labels'
import { otherPeriodAt } from './other-period'

/** Group labels of a table 四 laid out one group per row (行政复议 5 3 0 0 8 / 未经复议直接起诉 … / 复议后起诉 …). */
const GROUP_ROWS: [keyof ReviewLitigation, RegExp][] = [
  // Not the two-level header's 行政复议 | 行政诉讼; but 行政诉讼（未经复议…） is the next row's label.
  ['review', new RegExp(`${fuzzy('行政复议')}(?![\\s\\u3000]*${fuzzy('行政诉讼')}(?![\\s\\u3000]*[（(]))`, 'g')],
  // From 行政诉讼（ on: a label wrapped round its cells ("行政诉讼（未经复议    7 0 1 1 9\n直接起诉）") starts there.
  ['litigationDirect', new RegExp(`(?:${fuzzy('行政诉讼')}[\\s\\u3000]*[（(]?[\\s\\u3000]*)?(?:${fuzzy('未经复议')}[\\s\\u3000]*)?${fuzzy('直接起诉')}`, 'g')],
  ['litigationAfterReview', new RegExp(`(?:${fuzzy('行政诉讼')}[\\s\\u3000]*[（(]?[\\s\\u3000]*)?(?:${fuzzy('复议后起诉')}|${fuzzy('经复议起诉')})`, 'g')],
]

export interface GroupLabel {
  group: keyof ReviewLitigation
  start: number
  end: number
  /** Another period its label names (「行政复议（上年）」, other-period.ts): its numbers are not this year's. */
  otherPeriod?: string
}

export function groupLabels(text: string): GroupLabel[] {
  // pdftotext -layout wraps a label round its cells ("行政诉讼（复    1  0  0  0  1\n议后起诉）").
  const masked = maskSpacedCells(text)
  const out: GroupLabel[] = []
  for (const [group, re] of GROUP_ROWS) {
    re.lastIndex = 0
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      const period = otherPeriodAt(masked, m.index + m[0].length)
      out.push({ group, start: m.index, end: m.index + m[0].length, ...(period ? { otherPeriod: period } : {}) })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}
