// Blank cells of tables 三 and 四 (the report does not say; not 0), and table rows the extractor
// could not read (its notes).
import type { Evidence, Flag } from '../model/flag'
import { REQUEST_ROW_KEYS, REVIEW_GROUPS } from '../model/report'
import { flag, listForMessage, reportEvidence, requestCells, reviewCells, type ReportContext } from './context'
import { REQUEST_ROW_ZH, REVIEW_GROUP_ZH } from './labels'
import { REQUEST_COLUMN_LABELS, REVIEW_COLUMN_LABELS } from '../model/template-labels'

// A row the extractor left partly unread (a stray footnote digit, an unprovable dash) has a note saying
// so: its empty cells were printed, so they are TABLE_UNREADABLE's, not blank cells of the report.
function rowHasUnreadNote(ctx: ReportContext, field: string): boolean {
  return ctx.extraction.notes.some((n) => n.field === field && UNREAD.test(n.message))
}

export function checkBlankCells(ctx: ReportContext): Flag[] {
  const parts: string[] = []
  const evidence: Evidence[] = []
  let count = 0
  for (const key of REQUEST_ROW_KEYS) {
    const row = ctx.report.requests.rows[key]
    if (!row || rowHasUnreadNote(ctx, `requests.${key}`)) continue
    const blank = row.map((v, i) => (v === null ? i : -1)).filter((i) => i >= 0)
    if (blank.length === 0) continue
    count += blank.length
    parts.push(`表三 ${REQUEST_ROW_ZH[key]} ${blank.map((i) => REQUEST_COLUMN_LABELS[i]).join('、')}栏`)
    evidence.push(requestCells(ctx, key, blank))
  }
  for (const g of REVIEW_GROUPS) {
    const row = ctx.report.reviewLitigation[g]
    if (!row || rowHasUnreadNote(ctx, `reviewLitigation.${g}`)) continue
    const blank = row.map((v, i) => (v === null ? i : -1)).filter((i) => i >= 0)
    if (blank.length === 0) continue
    count += blank.length
    parts.push(`表四 ${REVIEW_GROUP_ZH[g]} ${blank.map((i) => REVIEW_COLUMN_LABELS[i]).join('、')}栏`)
    evidence.push(reviewCells(ctx, g, blank))
  }
  if (count === 0) return []
  return [
    flag(
      'TABLE_CELL_BLANK',
      `表格有 ${count} 个单元格空白（既非 0 也非“-”），报告未说明其数值，依赖这些单元格的核对已跳过：${listForMessage(parts)}。`,
      evidence,
    ),
  ]
}

// Notes on table rows (not on whole missing sections: STRUCTURE_SECTION_MISSING speaks for those).
const TABLE_FIELD = /^(?:requests|reviewLitigation|activeDisclosure)(?:\.|$)/
// Only what was left unread; a row read by its position ("按其位置读取") was read.
const UNREAD = /未读取|无法|不能|未能|未使用|未读到|读不出|不确定|缺失/

/** A note saying something was left unread (not one saying how a read number was placed). */
export function isUnreadNote(message: string): boolean {
  return UNREAD.test(message)
}

export function checkUnreadable(ctx: ReportContext): Flag[] {
  const notes = ctx.extraction.notes.filter((n) => TABLE_FIELD.test(n.field) && isUnreadNote(n.message))
  if (notes.length === 0) return []
  return [
    flag(
      'TABLE_UNREADABLE',
      `表格有 ${notes.length} 处未能准确识读，请对照原文核实：${listForMessage(notes.map((n) => n.message))}`,
      notes.map((n) => {
        const loc = ctx.extraction.provenance[n.field]?.loc
        return loc ? { kind: 'text' as const, text: `${n.field}：${n.message}`, loc } : reportEvidence(ctx, `${n.field}：${n.message}`)
      }),
    ),
  ]
}
