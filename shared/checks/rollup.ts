// ROLLUP_MISMATCH: a government's compiled report (汇总 of its departments and towns) against the
// sum of the loaded reports of the bodies under it, same year, tables 三 and 四 cell by cell.
// Info only: unless every body under it is loaded, a shortfall is expected; an excess is not.
import type { Evidence, Flag } from '../model/flag'
import { REQUEST_ROW_KEYS, REVIEW_GROUPS } from '../model/report'
import { bodyKind, isPeoplesGovernment, parseAgency } from '../identity/body'
import { cell, flag, fmt, listForMessage, reportEvidence, type ReportContext } from './context'
import { REQUEST_ROW_ZH, REVIEW_GROUP_ZH } from './labels'
import { REQUEST_COLUMN_LABELS, REVIEW_COLUMN_LABELS } from '../model/template-labels'

const COMPILED_RE = /(?:汇总|综合)[^。]{0,60}?(?:部门|单位|乡镇|街道)[^。]{0,40}?(?:年度报告|年报|编制)|汇总编制|全市汇总|全县汇总|全区汇总/

/** A county-or-above government's report that says it compiles its bodies' reports. */
export function isCompiledGovernmentReport(ctx: ReportContext): boolean {
  const agency = ctx.report.agency
  // A government's office may issue the compiled report (its own report is a department's: bodyKind).
  if (bodyKind(agency) !== 'county-or-above-government' && !parseAgency(agency)?.governmentOffice) return false
  if (agency && /汇总|全市|全县|全区/.test(agency)) return true
  if (!isPeoplesGovernment(agency) && !/政府办/.test(agency ?? '')) return false
  return COMPILED_RE.test(ctx.extraction.preamble.replace(/\s+/g, ''))
}

interface Diff {
  label: string
  compiled: number
  sum: number
  evidence: Evidence
}

/**
 * The cells of one row (`columns` its column labels) where the compiled report's number is not the
 * sum of the parts' numbers; a cell blank in the compiled report or in any part is not compared.
 */
function cellDiffs(row: (number | null)[], partRows: ((number | null)[] | null | undefined)[], columns: readonly string[], label: string, evidence: (c: number, compiled: number) => Evidence): Diff[] {
  const out: Diff[] = []
  for (let c = 0; c < columns.length; c++) {
    const compiled = cell(row, c)
    if (compiled === null) continue
    const vals = partRows.map((r) => cell(r, c))
    if (vals.some((v) => v === null)) continue
    const sum = (vals as number[]).reduce((a, b) => a + b, 0)
    if (sum === compiled) continue
    out.push({ label: `${label} ${columns[c]}`, compiled, sum, evidence: evidence(c, compiled) })
  }
  return out
}

/**
 * @param gov the compiled report
 * @param parts one report per body under it (representatives, same year), at least two
 */
export function checkRollup(gov: ReportContext, parts: ReportContext[]): Flag[] {
  if (parts.length < 2) return []
  const diffs: Diff[] = []
  for (const key of REQUEST_ROW_KEYS) {
    const row = gov.report.requests.rows[key]
    if (!row) continue
    const partRows = parts.map((p) => p.report.requests.rows[key])
    diffs.push(...cellDiffs(row, partRows, REQUEST_COLUMN_LABELS, `表三 ${REQUEST_ROW_ZH[key]}`, (c, compiled) => ({ kind: 'cell', table: 'requests', row: key, columns: [c], values: [compiled] })))
  }
  for (const g of REVIEW_GROUPS) {
    const row = gov.report.reviewLitigation[g]
    if (!row) continue
    const partRows = parts.map((p) => p.report.reviewLitigation[g])
    diffs.push(...cellDiffs(row, partRows, REVIEW_COLUMN_LABELS, `表四 ${REVIEW_GROUP_ZH[g]}`, (c, compiled) => ({ kind: 'cell', table: 'reviewLitigation', row: g, columns: [c], values: [compiled] })))
  }
  if (diffs.length === 0) return []
  const excess = diffs.filter((d) => d.sum > d.compiled)
  const shown = (excess.length > 0 ? excess : diffs).map((d) => `${d.label} 汇总 ${fmt(d.compiled)}，合计 ${fmt(d.sum)}`)
  const lead =
    excess.length > 0
      ? `已载入的 ${parts.length} 个所属机关报告合计有 ${excess.length} 处超过汇总报告（部分之和不应大于整体）`
      : `汇总报告与已载入的 ${parts.length} 个所属机关报告合计有 ${diffs.length} 处不符（如未载入全部所属机关，差额属正常）`
  return [
    flag('ROLLUP_MISMATCH', `${lead}：${listForMessage(shown)}。`, [
      ...(excess.length > 0 ? excess : diffs).slice(0, 20).map((d) => d.evidence),
      ...parts.map((p) => reportEvidence(p, p.report.agency ?? p.id)),
    ]),
  ]
}
