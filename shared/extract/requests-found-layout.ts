// Which layout of table 三's （六） a table follows: one row 「（六）其他处理」 (2019 template) or its three
// sub-rows 1.–3. (2021). Decided by the rows read, and where none of them was read (their numbers
// could not be placed), by the labels found: a row the text prints but whose numbers were left
// unread is still printed, so the other layout's rows are not "not found" rows of this table.
import type { RequestRowKey } from '../model/report'
import { OTHER_HANDLING_SUBROWS } from './row-labels'

export function foundOtherHandlingLayout(readKeys: readonly RequestRowKey[], labelKeys: readonly RequestRowKey[]): 'single' | 'split' | null {
  for (const keys of [readKeys, labelKeys]) {
    if (keys.some((k) => OTHER_HANDLING_SUBROWS.includes(k))) return 'split'
    if (keys.includes('otherHandling')) return 'single'
  }
  return null
}
