// Table 四's dash cells ("—", "/", 无): the report's way of writing none, read as 0 — as in table 三,
// only where the group's own sum does not contradict it. Where 维持 + 纠正 + 其他 + 尚未审结 with the
// dashes as 0 does not make the group's 总计, a dash is not proven 0: it stays empty, with a note.
import type { ReviewLitigation, ReviewRow } from '../model/report'
import type { ExtractionNote } from '../model/extraction'

export type ReviewGroup = keyof ReviewLitigation

const GROUP_NAMES: Record<ReviewGroup, string> = { review: '行政复议', litigationDirect: '未经复议直接起诉', litigationAfterReview: '复议后起诉' }

/** The group's sum with its dashes as 0 fails (every cell known, and the parts do not make the 总计). */
function contradicted(row: ReviewRow): boolean {
  if (row.some((v) => v === null)) return false
  return row[0]! + row[1]! + row[2]! + row[3]! !== row[4]!
}

/** The row with its contradicted dash cells emptied (and a note), or as it was. */
export function unreadContradictedDashes(group: ReviewGroup, row: ReviewRow, dashes: boolean[], notes: ExtractionNote[]): ReviewRow {
  if (!dashes.some(Boolean) || !contradicted(row)) return row
  // The 总计 itself a dash while the group prints counts: a count's place holds a mark — most likely a
  // remarks column's 「/」 taken for the 总计, every cell one place off — so no cell of the group is proven.
  if (dashes[4]) {
    notes.push({
      field: `reviewLitigation.${group}`,
      message: `表四「${GROUP_NAMES[group]}」的总计印为“—”“/”等，而该组其他格印有数字，各格可能错位（如备注栏的标记落在总计处），整组未读取。`,
    })
    return row.map(() => null)
  }
  notes.push({
    field: `reviewLitigation.${group}`,
    message: `表四「${GROUP_NAMES[group]}」中以“—”“/”等表示的格，按 0 计时该组各项之和与总计不符，不能证实为 0，未读取。`,
  })
  return row.map((v, i) => (dashes[i] ? null : v))
}
