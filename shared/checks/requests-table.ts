// Table 三's arithmetic: the template's own 勾稽关系, row totals, the outcome rows against （七）总计,
// and the share of 本机关不掌握. Every check skips a column whose cells are blank (null).
import type { Evidence, Flag } from '../model/flag'
import type { RequestRowKey, RequestsTable } from '../model/report'
import { OUTCOME_ROW_KEYS, REQUEST_ROW_KEYS } from '../model/report'
import { cell, flag, fmt, listForMessage, requestCells, type ReportContext } from './context'
// A blank cell is never 0: any null in, null out.
import { sumOrNull } from '../series/arith'
import { REQUEST_ROW_ZH } from './labels'
import { REQUEST_COLUMN_LABELS } from '../model/template-labels'

const TOTAL = 6
const APPLICANT_COLUMNS = [0, 1, 2, 3, 4, 5]
const ALL_COLUMNS = [0, 1, 2, 3, 4, 5, 6]
const OTHER_SUB_ROWS: RequestRowKey[] = ['otherHandling.noCorrection', 'otherHandling.feeUnpaid', 'otherHandling.other']
const BASE_OUTCOME_ROWS = OUTCOME_ROW_KEYS.filter((k) => !k.startsWith('otherHandling'))

/**
 * The rows （一）…（六） whose sum is （七）总计: the 2021 template's three （六） rows when printed,
 * else the 2019 single row. Null when a row is missing (then no sum can be trusted).
 */
export function outcomeRowKeys(table: RequestsTable): RequestRowKey[] | null {
  const rows = table.rows
  const hasSubs = OTHER_SUB_ROWS.some((k) => rows[k] !== undefined)
  const other = hasSubs ? OTHER_SUB_ROWS : rows.otherHandling !== undefined ? (['otherHandling'] as RequestRowKey[]) : null
  if (!other) return null
  const keys = [...BASE_OUTCOME_ROWS, ...other]
  return keys.every((k) => rows[k] !== undefined) ? keys : null
}

export function checkRequestsIdentity(ctx: ReportContext): Flag[] {
  const rows = ctx.report.requests.rows
  const parts: string[] = []
  const cols: number[] = []
  for (const c of ALL_COLUMNS) {
    const a = cell(rows.received, c)
    const b = cell(rows.carriedOver, c)
    const h = cell(rows.handledTotal, c)
    const f = cell(rows.carriedForward, c)
    if (a === null || b === null || h === null || f === null) continue
    if (a + b !== h + f) {
      cols.push(c)
      parts.push(`${REQUEST_COLUMN_LABELS[c]}列 一+二 = ${fmt(a)}+${fmt(b)} = ${fmt(a + b)}，三（七）+四 = ${fmt(h)}+${fmt(f)} = ${fmt(h + f)}`)
    }
  }
  if (cols.length === 0) return []
  const evidence = (['received', 'carriedOver', 'handledTotal', 'carriedForward'] as const).map((r) =>
    requestCells(ctx, r, cols),
  )
  return [flag('REQUESTS_IDENTITY', `表三勾稽关系不成立（第一项加第二项之和应等于第三项加第四项之和）：${listForMessage(parts)}。`, evidence)]
}

export function checkRequestsRowTotal(ctx: ReportContext): Flag[] {
  const rows = ctx.report.requests.rows
  const parts: string[] = []
  const evidence: Evidence[] = []
  for (const key of REQUEST_ROW_KEYS) {
    const row = rows[key]
    if (!row) continue
    const sum = sumOrNull(APPLICANT_COLUMNS.map((c) => cell(row, c)))
    const total = cell(row, TOTAL)
    if (sum === null || total === null || sum === total) continue
    parts.push(`${REQUEST_ROW_ZH[key]} 六类申请人合计 ${fmt(sum)}，总计栏 ${fmt(total)}`)
    evidence.push(requestCells(ctx, key, ALL_COLUMNS))
  }
  if (parts.length === 0) return []
  return [flag('REQUESTS_ROW_TOTAL', `表三有 ${parts.length} 行的总计栏不等于六类申请人之和：${listForMessage(parts)}。`, evidence)]
}

export function checkRequestsHandledTotal(ctx: ReportContext): Flag[] {
  const rows = ctx.report.requests.rows
  const keys = outcomeRowKeys(ctx.report.requests)
  if (!keys || !rows.handledTotal) return []
  const parts: string[] = []
  const cols: number[] = []
  for (const c of ALL_COLUMNS) {
    const sum = sumOrNull(keys.map((k) => cell(rows[k], c)))
    const total = cell(rows.handledTotal, c)
    if (sum === null || total === null || sum === total) continue
    cols.push(c)
    parts.push(`${REQUEST_COLUMN_LABELS[c]}列 各项合计 ${fmt(sum)}，总计栏 ${fmt(total)}`)
  }
  if (cols.length === 0) return []
  const evidence = [requestCells(ctx, 'handledTotal', cols), ...keys.map((k) => requestCells(ctx, k, cols))]
  return [flag('REQUESTS_HANDLED_TOTAL', `三（七）总计与各办理结果之和不符：${parts.join('；')}。`, evidence)]
}

export function checkNotHeldShare(ctx: ReportContext): Flag[] {
  const rows = ctx.report.requests.rows
  const notHeld = cell(rows['unavailable.notHeld'], TOTAL)
  const total = cell(rows.handledTotal, TOTAL)
  if (notHeld === null || total === null || total <= 0) return []
  const share = notHeld / total
  if (share <= ctx.settings.notHeldShare) return []
  const pct = (share * 100).toFixed(1)
  return [
    flag(
      'NOT_HELD_SHARE',
      `“本机关不掌握相关政府信息” ${fmt(notHeld)} 件，占办理结果总计 ${fmt(total)} 件的 ${pct}%，超过 ${Math.round(ctx.settings.notHeldShare * 100)}%。`,
      [requestCells(ctx, 'unavailable.notHeld', [TOTAL]), requestCells(ctx, 'handledTotal', [TOTAL])],
    ),
  ]
}
