// Table 三 printed with 法人或其他组织 as one column (自然人 | 法人或其他组织 | 总计, without the
// template's 商业企业 … 其他 sub-columns). The five organisation columns are not printed, so they stay
// empty; a row's 自然人 and 总计 are read where its label is followed, on its own line, by exactly three
// numbers and the first two add up to the third (the header's order, proven by the row's own sum).
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { findLabels } from './requests-labels'
import { mergedOrganisationsHeader } from './requests-columns'
import { rowName } from './requests-proof'
import { OTHER_HANDLING_SUBROWS } from './row-labels'
import type { RequestsParse } from './requests-parsed-row'

/**
 * The rest of a row's line: the label's last words (no digits, no cell: a dash, slash, 〇 or 无 is a
 * cell), then three numbers between spaces or `|`, or three tab fields; nothing else. A blank field
 * between tabs is a cell too: 「…\t\t1\t\t\t1\t\t2」 is seven columns, not three.
 */
const THREE = /^[^\d\n\t\uE000—–\-－―/／〇○无]*?(?:[ \u3000|]*|\t)(\d+)(?:[ \u3000|]+|\t)(\d+)(?:[ \u3000|]+|\t)(\d+)[ \u3000|]*$/
/** Most labelled rows must be so printed for the table to be read as three columns. */
const MOST = 0.5

const TABLE_NOTE = '表三的「法人或其他组织」只印一列，未按模板分为商业企业、科研机构、社会公益组织、法律服务机构、其他五列：这五列未读取，各行只读取自然人和总计（两者与法人或其他组织一列之和相符时）。'

/** The table read as 自然人 · 法人或其他组织 · 总计, or null where its header is not so printed. */
export function readMergedOrganisations(text: string, before: string, headerReach: number): RequestsParse | null {
  const labels = findLabels(text).sort((a, b) => a.start - b.start)
  if (!labels.length) return null
  if (!mergedOrganisationsHeader((before + text.slice(0, labels[0]!.start)).slice(-headerReach))) return null
  const rows: Partial<Record<RequestRowKey, RequestRow>> = {}
  const spans: RequestsParse['spans'] = {}
  const how: RequestsParse['how'] = {}
  const notes: ExtractionNote[] = [{ field: 'requests', message: TABLE_NOTE }]
  for (const hit of labels) {
    if (rows[hit.key]) continue
    const lineEnd = text.indexOf('\n', hit.end)
    const rest = text.slice(hit.end, lineEnd < 0 ? text.length : lineEnd)
    const m = THREE.exec(rest)
    if (!m) continue
    const [natural, orgs, total] = [Number(m[1]), Number(m[2]), Number(m[3])]
    if (natural + orgs !== total) {
      rows[hit.key] = [null, null, null, null, null, null, null]
      notes.push({ field: `requests.${hit.key}`, message: `表三「${rowName(hit.key)}」行的自然人（${natural}）与法人或其他组织（${orgs}）之和不等于总计（${total}），各数所在的列不能证实，未读取，请对照原文核实。` })
      continue
    }
    rows[hit.key] = [natural, null, null, null, null, null, total]
    spans[hit.key] = { start: hit.start, end: hit.end + rest.length }
    how[hit.key] = 'label'
  }
  for (const key of new Set(labels.map((h) => h.key))) {
    if (!rows[key]) notes.push({ field: `requests.${key}`, message: `表三「${rowName(key)}」行的行名之后、同一行内不是正好三个数字（自然人、法人或其他组织、总计），未读取。` })
  }
  // Rows of seven columns under a header that prints only the top level (sub-headings lost): not this shape.
  const keys = new Set(labels.map((h) => h.key))
  if (Object.values(how).length < MOST * keys.size) return null
  const split = labels.some((h) => OTHER_HANDLING_SUBROWS.includes(h.key))
  return { rows, spans, how, otherHandlingLayout: split ? 'split' : 'single', notes }
}
