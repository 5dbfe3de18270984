// What every check gets: the report, its id, the settings; and small helpers to build flags.
import type { Extraction } from '../model/extraction'
import type { CheckId, Evidence, Flag } from '../model/flag'
import type { Report, RequestRowKey, ReviewGroup } from '../model/report'
import type { SourceLocation } from '../model/document'
import type { CheckSettings } from './settings'
import { CHECK_SEVERITY } from './severity'

export interface ReportContext {
  id: string
  fileName?: string
  extraction: Extraction
  report: Report
  settings: CheckSettings
}

/** A check on one report. */
export type ReportCheck = (ctx: ReportContext) => Flag[]
/** A check on a report against the same body's report of the year before. */
export type PairCheck = (current: ReportContext, previous: ReportContext) => Flag[]

export function flag(id: CheckId, message: string, evidence: Evidence[]): Flag {
  return { id, severity: CHECK_SEVERITY[id], message, evidence }
}

const NUMBER = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 })
/** A number for a message, with 千分位 grouping; "空白" for null. */
export function fmt(n: number | null | undefined): string {
  return n === null || n === undefined ? '空白' : NUMBER.format(n)
}

export function locOf(ctx: ReportContext, path: string): SourceLocation | undefined {
  return ctx.extraction.provenance[path]?.loc
}

export function requestCells(
  ctx: ReportContext,
  row: RequestRowKey,
  columns: number[],
): Evidence {
  const values = columns.map((c) => ctx.report.requests.rows[row]?.[c] ?? null)
  const loc = locOf(ctx, `requests.${row}`)
  return { kind: 'cell', table: 'requests', row, columns, values, ...(loc ? { loc } : {}) }
}

export function reviewCells(ctx: ReportContext, row: ReviewGroup, columns: number[]): Evidence {
  const values = columns.map((c) => ctx.report.reviewLitigation[row]?.[c] ?? null)
  const loc = locOf(ctx, `reviewLitigation.${row}`) ?? locOf(ctx, 'reviewLitigation')
  return { kind: 'cell', table: 'reviewLitigation', row, columns, values, ...(loc ? { loc } : {}) }
}

export function reportEvidence(ctx: ReportContext, note?: string): Evidence {
  return {
    kind: 'report',
    reportId: ctx.id,
    agency: ctx.report.agency,
    year: ctx.report.year,
    ...(note !== undefined ? { note } : {}),
  }
}

/** "a、b、c 等 N 项" for a message: the first few items, then the count. */
export function listForMessage(items: string[], max = 3, sep = '；'): string {
  if (items.length <= max) return items.join(sep)
  return `${items.slice(0, max).join(sep)}${sep}等 ${items.length} 处`
}

/** A cell value or null when the row or cell is absent. */
export function cell(row: (number | null)[] | null | undefined, i: number): number | null {
  if (!row) return null
  const v = row[i]
  return v === undefined ? null : v
}
