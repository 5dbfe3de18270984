// Flags for a briefing: errors first, then warnings, then notes, one line each.
import { SEVERITY_ZH } from '../checks/labels'
import type { Flag, Severity } from '../model/flag'
import type { ReportItem } from './types'

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }
/** The severities' Chinese names: one vocabulary everywhere (错误 / 警告 / 提示), from the checks. */
export const SEVERITY_LABELS: Record<Severity, string> = SEVERITY_ZH

export interface FlagLine {
  itemId: string
  year: number | null
  agency: string | null
  severity: Severity
  checkId: string
  message: string
}

/** All flags of the items as lines, errors first; within a severity by year, then as raised. */
export function flagLines(items: readonly ReportItem[]): FlagLine[] {
  const lines: (FlagLine & { order: number })[] = []
  let order = 0
  for (const item of items) {
    const r = item.extraction.report
    for (const f of item.flags as Flag[]) {
      lines.push({
        itemId: item.id,
        year: r.year,
        agency: r.agency,
        severity: f.severity,
        checkId: f.id,
        message: f.message,
        order: order++,
      })
    }
  }
  lines.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.year ?? 0) - (b.year ?? 0) || a.order - b.order,
  )
  return lines.map(({ order: _o, ...rest }) => rest)
}
