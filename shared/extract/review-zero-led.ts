// Table 四 with a cell printed with a leading zero (「04」: a 0 with a footnote mark glued on as a plain
// digit; zero-led.ts). Read as printed the cell is 4, and its group's 总计 fails — which would be kept
// as the report's own slip. Where the table's text holds such a number, each group failing its total
// is left empty with a note; a group that holds its total as read stands (its sum proves it), unless
// two of its cells could be marked zeros (a cell and its 总计 both marked hold either way).
import type { ReviewLitigation } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { readCells } from './cells'
import { isZeroLed } from './zero-led'
import { reviewGroupHolds } from './review-sums'

const GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const
const NAMES = { review: '行政复议', litigationDirect: '未经复议直接起诉', litigationAfterReview: '复议后起诉' } as const

/** The table with each group failing its total emptied, where the text prints a zero-led number. */
export function unreadZeroLedGroups(zone: string, table: ReviewLitigation, notes: ExtractionNote[]): ReviewLitigation {
  const printed = readCells(zone).filter((t) => !t.dash && t.digits !== '' && isZeroLed(zone.slice(t.start, t.end)))
  if (printed.length === 0) return table
  const shown = printed.map((t) => `「${zone.slice(t.start, t.end)}」`).join('、')
  const out = { ...table }
  // The values the zero-led prints read as (「01」 is 1): a group holding two cells of these may hold
  // only because a cell and its 总计 are both marked, so it is no proof then.
  // (Run-together zeros 「00000」 read as one token are no mark: only prints worth more than 0 count.)
  const markedPrints = printed.filter((t) => Number(t.digits) > 0)
  const marked = new Set(markedPrints.map((t) => Number(t.digits)))
  for (const g of GROUPS) {
    const cells = table[g]
    if (!cells || cells.every((x) => x === null)) continue
    if (reviewGroupHolds(cells)) {
      if (markedPrints.length < 2 || cells.filter((x) => x !== null && marked.has(x)).length < 2) continue
      out[g] = cells.map(() => null)
      notes.push({ field: `reviewLitigation.${g}`, message: `表四印有以 0 开头的数字${shown}（多半是 0 后粘连的脚注标记），「${NAMES[g]}」一组按印出的数和按 0 都可能合计相符，无法确定，未读取。` })
      continue
    }
    out[g] = cells.map(() => null)
    notes.push({ field: `reviewLitigation.${g}`, message: `表四印有以 0 开头的数字${shown}（多半是 0 后粘连的脚注标记），「${NAMES[g]}」一组各格之和与总计不符，未读取。` })
  }
  return out
}
