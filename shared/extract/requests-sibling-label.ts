// What a line right after a 「其中：」 row of table 三 names (requests-sibling-rows.ts): a template row
// (「上年结转」, 「总计」 without its （七）, a typo 「上年接转申请数量」 / 「部份公开」), more parts of the row
// above (「网络申请」, 「本年新收网络申请」 whose row is printed elsewhere), or a row that may be a template
// row but cannot be told for sure. Told by the table's own label rules (requests-labels.ts): the line is
// looked at in the table with it, so loose and near labels are found between their neighbours.
import type { RequestRowKey } from '../model/report'
import { maskSpacedCells } from './cells'
import { findLabels, tableStart, unsureLabels } from './requests-labels'
import { ROW_PATTERNS } from './row-labels'

export type SiblingLabel =
  | { kind: 'row'; key: RequestRowKey } // a template row not printed elsewhere: read as that row
  | { kind: 'part' } // no template row (its words name a row printed elsewhere, or none)
  | { kind: 'unsure'; keys: RequestRowKey[] } // near a missing row's label, not surely: left unread

/** Where `key`'s exact patterns match in the table outside [start, end). */
function printedElsewhere(text: string, key: RequestRowKey, start: number, end: number): boolean {
  const re = ROW_PATTERNS.find((p) => p.key === key)!.re
  const masked = maskSpacedCells(text)
  re.lastIndex = tableStart(text)
  for (let m = re.exec(masked); m; m = re.exec(masked)) if (m.index + m[0].length <= start || m.index >= end) return true
  return false
}

const blanked = (text: string, start: number, end: number): string => text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end)

/** What the line [start, end) of `text` (the table, with the rows skipped before it blanked) names. */
export function siblingLabel(text: string, start: number, end: number): SiblingLabel {
  const hit = findLabels(text).find((h) => h.start >= start && h.start < end)
  if (hit) return printedElsewhere(text, hit.key, start, end) ? { kind: 'part' } : { kind: 'row', key: hit.key }
  // Rows whose label is read nearly but not surely only with this line there: it may be one of them.
  const without = new Set(unsureLabels(blanked(text, start, end)).map((u) => u.key))
  const keys = [...new Set(unsureLabels(text).map((u) => u.key))].filter((k) => !without.has(k))
  return keys.length ? { kind: 'unsure', keys } : { kind: 'part' }
}
