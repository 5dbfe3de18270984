// Table 三 (2021 template) as a crawler prints it: the header words, then each row's label followed
// by its cells with nothing between them (the borders lost). How a cell prints — blank for 0, a unit
// after it — is the caller's: the slip sweep and the unit tests each print their own shapes.
import type { RequestRowKey } from '../../shared/model/report'
import { REQUEST_ROW_GROUP, REQUEST_ROW_LABELS, requestRowsOf } from '../../shared/model/template-labels'

export const CRAWLED_REQUESTS_HEAD = '申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他'

export function crawledRequests(rows: Partial<Record<RequestRowKey, readonly (number | null)[]>>, cell: (v: number) => string): string {
  let out = CRAWLED_REQUESTS_HEAD
  let group = ''
  for (const k of requestRowsOf('2021')) {
    const g = REQUEST_ROW_GROUP[k] ?? ''
    if (g && g !== group) out += g
    group = g
    if (k === 'granted') out += '三、本年度办理结果'
    out += REQUEST_ROW_LABELS[k] + (rows[k] ?? [0, 0, 0, 0, 0, 0, 0]).map((v) => cell(v ?? 0)).join('')
  }
  return out
}
