// Numbers read by OCR are kept only where the table's own sums vouch for them. A recogniser can
// read 1 as 2 with confidence, and a speck can shift a row; printed text cannot do that. So for a
// document read from page pictures, a cell of table 三 stays only when its row total holds
// (自然人 … 其他 = 总计, every cell read) or its column holds (（七）总计 = the outcome rows, and
// 一 + 二 = （七） + 四, every term read); a group of table 四 stays only when its 总计 holds. Every
// other cell is emptied with a note. A report's own arithmetic error read from a scan is therefore
// left empty (with the note), not flagged: the note says that either may be the cause.
import type { ExtractionNote } from '../model/extraction'
import { OUTCOME_ROW_KEYS, REVIEW_GROUPS, type RequestRowKey, type Report } from '../model/report'
import { REQUEST_ROW_LABELS } from '../model/template-labels'

const TOTAL = 6
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
const known = (xs: readonly (number | null)[]): xs is number[] => xs.every((x) => x !== null)
const rowName = (k: RequestRowKey): string => REQUEST_ROW_LABELS[k].replace(/（区分处理的.*$/, '')

/** Table 三: which cells some identity vouches for. */
function vouchedRequestCells(rows: Report['requests']['rows']): Set<string> {
  const ok = new Set<string>()
  const present = (Object.keys(rows) as RequestRowKey[]).filter((k) => rows[k]?.some((v) => v !== null))
  for (const k of present) {
    const row = rows[k]!
    if (row.length > TOTAL && known(row.slice(0, TOTAL + 1)) && sum(row.slice(0, TOTAL) as number[]) === row[TOTAL]) {
      for (let c = 0; c <= TOTAL; c++) ok.add(`${k}:${c}`)
    }
  }
  // Every outcome row of the template counts, read or not: a row lost entirely (a speck that split
  // the table) must not let the others add up by chance.
  const subRows = present.some((k) => k.startsWith('otherHandling.'))
  const outcomes = OUTCOME_ROW_KEYS.filter((k) => (k === 'otherHandling' ? !subRows : k.startsWith('otherHandling.') ? subRows : true))
  for (let c = 0; c <= TOTAL; c++) {
    const cell = (k: RequestRowKey): number | null => rows[k]?.[c] ?? null
    const terms = outcomes.map(cell)
    const handled = cell('handledTotal')
    if (outcomes.length > 0 && handled !== null && known(terms) && sum(terms) === handled) {
      for (const k of [...outcomes, 'handledTotal' as const]) ok.add(`${k}:${c}`)
    }
    const flow = (['received', 'carriedOver', 'handledTotal', 'carriedForward'] as const).map(cell)
    if (known(flow) && flow[0]! + flow[1]! === flow[2]! + flow[3]!) {
      for (const k of ['received', 'carriedOver', 'handledTotal', 'carriedForward'] as const) ok.add(`${k}:${c}`)
    }
  }
  return ok
}

/** Empty the OCR-read numbers no sum vouches for; returns the notes saying which. */
export function keepVouchedOcrNumbers(report: Report): ExtractionNote[] {
  const notes: ExtractionNote[] = []
  const rows = report.requests.rows
  const ok = vouchedRequestCells(rows)
  for (const k of Object.keys(rows) as RequestRowKey[]) {
    const row = rows[k]
    if (!row) continue
    const dropped: number[] = []
    row.forEach((v, c) => {
      if (v !== null && !ok.has(`${k}:${c}`)) {
        row[c] = null
        dropped.push(c + 1)
      }
    })
    if (dropped.length > 0) {
      notes.push({
        field: `requests.${k}`,
        message: `「${rowName(k)}」第 ${dropped.join('、')} 列是文字识别读出的数字，表内合计无法核实（可能是识别错误，也可能是报告本身的计算错误），未采用，请对照原件。`,
      })
    }
  }
  for (const g of REVIEW_GROUPS) {
    const group = report.reviewLitigation[g]
    if (!group || group.every((v) => v === null)) continue
    const holds = group.length === 5 && known(group) && sum(group.slice(0, 4)) === group[4]
    if (!holds) {
      report.reviewLitigation[g] = null
      notes.push({ field: `reviewLitigation.${g}`, message: '表四这一组是文字识别读出的数字，其总计无法核实（可能是识别错误，也可能是报告本身的计算错误），未采用，请对照原件。' })
    }
  }
  return notes
}
