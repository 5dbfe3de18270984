// Table 四: each group's 总计 against 维持 + 纠正 + 其他 + 尚未审结.
import type { Evidence, Flag } from '../model/flag'
import { REVIEW_GROUPS } from '../model/report'
import { cell, flag, fmt, reviewCells, type ReportContext } from './context'
// A blank cell is never 0: any null in, null out.
import { sumOrNull } from '../series/arith'
import { REVIEW_GROUP_ZH } from './labels'

export function checkReviewTotal(ctx: ReportContext): Flag[] {
  const parts: string[] = []
  const evidence: Evidence[] = []
  for (const g of REVIEW_GROUPS) {
    const row = ctx.report.reviewLitigation[g]
    if (!row) continue
    const sum = sumOrNull([0, 1, 2, 3].map((c) => cell(row, c)))
    const total = cell(row, 4)
    if (sum === null || total === null || sum === total) continue
    parts.push(
      `${REVIEW_GROUP_ZH[g]} 维持 ${fmt(cell(row, 0))}+纠正 ${fmt(cell(row, 1))}+其他 ${fmt(cell(row, 2))}+尚未审结 ${fmt(cell(row, 3))} = ${fmt(sum)}，总计栏 ${fmt(total)}`,
    )
    evidence.push(reviewCells(ctx, g, [0, 1, 2, 3, 4]))
  }
  if (parts.length === 0) return []
  return [flag('REVIEW_TOTAL', `表四总计与各项之和不符：${parts.join('；')}。`, evidence)]
}
