// Figures read off one report: table 三's 总计 column, outcome groups, table 四 totals.
// Every getter returns null when a needed cell is missing or blank, never a made-up 0.
import type { Report, RequestRowKey, ReviewGroup } from '../model/report'
import { REQUEST_ROW_KEYS } from '../model/report'
import { sumOrNull } from './arith'

/** Index of the 总计 column in a table 三 row. */
export const TOTAL_COLUMN = 6

/** The 总计 cell of a table 三 row; null when the row is absent or the cell is blank. */
export function requestTotal(report: Report, key: RequestRowKey): number | null {
  const row = report.requests.rows[key]
  if (!row) return null
  const v = row[TOTAL_COLUMN]
  return v === undefined ? null : v
}

function sumTotals(report: Report, keys: readonly RequestRowKey[]): number | null {
  return sumOrNull(keys.map((k) => requestTotal(report, k)))
}

const keysWithPrefix = (prefix: string): RequestRowKey[] => REQUEST_ROW_KEYS.filter((k) => k.startsWith(prefix + '.'))

export const WITHHELD_KEYS = keysWithPrefix('withheld')
export const UNAVAILABLE_KEYS = keysWithPrefix('unavailable')
export const NOT_PROCESSED_KEYS = keysWithPrefix('notProcessed')
export const OTHER_HANDLING_SUB_KEYS = keysWithPrefix('otherHandling')

/** The six outcome groups of table 三, in template order. */
export const OUTCOME_GROUPS = [
  { key: 'granted', labelZh: '公开', labelEn: 'Granted' },
  { key: 'partiallyGranted', labelZh: '部分公开', labelEn: 'Partially granted' },
  { key: 'withheld', labelZh: '不予公开', labelEn: 'Withheld' },
  { key: 'unavailable', labelZh: '无法提供', labelEn: 'Unavailable' },
  { key: 'notProcessed', labelZh: '不予处理', labelEn: 'Not processed' },
  { key: 'otherHandling', labelZh: '其他', labelEn: 'Other handling' },
] as const
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number]['key']

/** 其他处理: the single 2019 row when printed, else the sum of the three 2021 rows. */
function otherHandlingTotal(report: Report): number | null {
  if (report.requests.rows.otherHandling) return requestTotal(report, 'otherHandling')
  return sumTotals(report, OTHER_HANDLING_SUB_KEYS)
}

export function outcomeTotal(report: Report, group: OutcomeGroup): number | null {
  switch (group) {
    case 'granted':
      return requestTotal(report, 'granted')
    case 'partiallyGranted':
      return requestTotal(report, 'partiallyGranted')
    case 'withheld':
      return sumTotals(report, WITHHELD_KEYS)
    case 'unavailable':
      return sumTotals(report, UNAVAILABLE_KEYS)
    case 'notProcessed':
      return sumTotals(report, NOT_PROCESSED_KEYS)
    case 'otherHandling':
      return otherHandlingTotal(report)
  }
}

/** Requests received: table 三 一、总计; the prose's number only when the table has no such row. */
export function requestsReceived(report: Report): number | null {
  if (report.requests.rows.received) return requestTotal(report, 'received')
  return report.metrics.requestsReceived
}

/** A cell of table 四; null when the group or the cell is absent. */
export function reviewCell(report: Report, group: ReviewGroup, column: number): number | null {
  const row = report.reviewLitigation[group]
  if (!row) return null
  const v = row[column]
  return v === undefined ? null : v
}

const TOTAL = 4
const CORRECTED = 1

export const reviewTotal = (r: Report): number | null => reviewCell(r, 'review', TOTAL)
/** 诉讼 总计 of both groups together. */
export const litigationTotal = (r: Report): number | null =>
  sumOrNull([reviewCell(r, 'litigationDirect', TOTAL), reviewCell(r, 'litigationAfterReview', TOTAL)])
export const reviewCorrected = (r: Report): number | null => reviewCell(r, 'review', CORRECTED)
export const litigationCorrected = (r: Report): number | null =>
  sumOrNull([reviewCell(r, 'litigationDirect', CORRECTED), reviewCell(r, 'litigationAfterReview', CORRECTED)])

/** "第 17 名 / 77"; "第 17 名" when the count is not stated; null without a rank. */
export function rankLabel(rank: number | null, of: number | null): string | null {
  if (rank === null) return null
  return of === null ? `第 ${rank} 名` : `第 ${rank} 名 / ${of}`
}
