// CARRYOVER_MISMATCH: this year's 二、上年结转 against last year's 四、结转下年度继续办理, per column.
import type { Flag } from '../model/flag'
import { cell, flag, fmt, reportEvidence, requestCells, type ReportContext } from './context'
import { REQUEST_COLUMN_LABELS } from '../model/template-labels'

export function checkCarryover(cur: ReportContext, prev: ReportContext): Flag[] {
  const now = cur.report.requests.rows.carriedOver
  const before = prev.report.requests.rows.carriedForward
  if (!now || !before) return []
  const cols: number[] = []
  const parts: string[] = []
  for (let c = 0; c < 7; c++) {
    const a = cell(now, c)
    const b = cell(before, c)
    if (a === null || b === null || a === b) continue
    cols.push(c)
    parts.push(`${REQUEST_COLUMN_LABELS[c]}列 本年上年结转 ${fmt(a)}，${prev.report.year} 年结转下年度 ${fmt(b)}`)
  }
  if (cols.length === 0) return []
  return [
    flag('CARRYOVER_MISMATCH', `本年“二、上年结转”与上年报告“四、结转下年度继续办理”不衔接：${parts.join('；')}。`, [
      requestCells(cur, 'carriedOver', cols),
      // The earlier report's cells are named in its own evidence entry (its locations are in another file).
      reportEvidence(prev, `${prev.report.year} 年报告 四、结转下年度继续办理（自然人…总计）：${before.map((v) => fmt(v)).join(' / ')}`),
    ]),
  ]
}
