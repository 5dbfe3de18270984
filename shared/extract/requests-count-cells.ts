// Table 三 cells that cannot be a count: a negative number (「-1」) or one with a decimal part.
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { rowName } from './requests-proof'

const COLUMN_NAMES = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']

/**
 * A count of requests is a whole number, never below 0: a cell printed 「-1」 (review 12 R12-3) or 「2.5」
 * proves no value (the report's slip), so it is left empty with a note, not read as printed.
 */
export function unreadImpossibleCounts(rows: Partial<Record<RequestRowKey, RequestRow>>, notes: ExtractionNote[]): Partial<Record<RequestRowKey, RequestRow>> {
  const out = { ...rows }
  for (const [key, row] of Object.entries(rows) as [RequestRowKey, RequestRow][]) {
    if (!row.some((v) => v !== null && (v < 0 || !Number.isInteger(v)))) continue
    out[key] = row.map((v, c) => {
      if (v === null || (v >= 0 && Number.isInteger(v))) return v
      notes.push({ field: `requests.${key}`, message: `表三「${rowName(key)}」行「${COLUMN_NAMES[c] ?? `第 ${c + 1} 列`}」印为 ${v}，件数${v < 0 ? '不应为负数' : '不应有小数'}，未读取。` })
      return null
    }) as RequestRow
  }
  return out
}
