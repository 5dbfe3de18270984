// Table 四's run-together digits: the cells of the sums' cut that a slip in the report could not
// have changed (slip-agreement.ts). A cell some cut with one failing group total gives otherwise is
// left empty with a note: the report's own sum may be the one that fails, and then that cut is the printed one.
import type { ExtractionNote } from '../model/extraction'
import type { CellToken } from './cells'
import { slipAgreement } from './slip-agreement'

const GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const
const REVIEW_GROUP_NAMES = { review: '行政复议', litigationDirect: '未经复议直接起诉', litigationAfterReview: '复议后起诉' } as const

/** `cells` (the cut every reading where the sums hold agrees on) with the cells a slip leaves open set to null. */
export function unreadUnderSlip(run: CellToken[], cells: (number | null)[], notes: ExtractionNote[]): (number | null)[] {
  const kept = slipAgreement(run, 3, 5, true)
  const out = cells.map((v, i) => (kept?.[i] === v ? v : null))
  for (const [g, group] of GROUPS.entries()) {
    const n = [0, 1, 2, 3, 4].filter((c) => cells[g * 5 + c] !== null && out[g * 5 + c] === null).length
    if (!n) continue
    const why = kept ? '另有拆法只差一组合计不符（报告本身若有一处笔误，那种拆法才是印出的数字）' : '只差一组合计不符的拆法太多，无法排除报告本身的笔误'
    notes.push({ field: `reviewLitigation.${group}`, message: `表四的数字连在一起，按各组合计只有一种拆法，但${why}，「${REVIEW_GROUP_NAMES[group]}」中 ${n} 格未读取。` })
  }
  return out
}
