// Row totals of table 三 the report states in a sentence before the table ("本年度新收政府信息公开申请466件，
// 上年结转27件。其中予以公开171件，部分公开67件，本机关不掌握相关政府信息112件，结转下年度继续办理16件").
// Used only to confirm a 总计 cell that every reading of a run-together row already gives the same number
// (requests-solve.ts): the sentence is the report's own second printing of that number.
import type { RequestRowKey } from '../model/report'

/** Each row's words, right before its count (nothing else between them but the number and 件). */
const ROW_WORDS: [RequestRowKey, RegExp][] = [
  ['received', /新收(?:政府信息公开)?(?:申请)?(?:数量|数)?(?:为|共)?(\d{1,3}(?:,\d{3})+|\d+)件/g],
  ['carriedOver', /上年度?结转(?:政府信息公开)?(?:申请)?(?:数量|数)?(?:为|共)?(\d{1,3}(?:,\d{3})+|\d+)件/g],
  ['granted', /(?<!部分)予以公开(\d{1,3}(?:,\d{3})+|\d+)件/g],
  ['partiallyGranted', /部分公开(\d{1,3}(?:,\d{3})+|\d+)件/g],
  ['unavailable.notHeld', /本机关不掌握(?:相关)?(?:政府)?信息(\d{1,3}(?:,\d{3})+|\d+)件/g],
  ['carriedForward', /结转下一?年度?继续办理(\d{1,3}(?:,\d{3})+|\d+)件/g],
]

/** A clause that compares with, or speaks of, another year or a change: its figures are not this table's. */
const OTHER_FIGURE = /较|同比|环比|增加|减少|增长|下降|上升|去年|前一年|上一年|上年(?!度?结转)/

/**
 * The totals stated in `prose` (text before the table's first row: its section's opening sentences),
 * a row each where its words come with one number only (two different numbers for one row: none).
 */
export function proseRowTotals(prose: string): Partial<Record<RequestRowKey, number>> {
  const out: Partial<Record<RequestRowKey, number>> = {}
  // A line ends a clause too: table text before the sentence (「上一年项目数量」) is no part of it.
  const clauses = prose
    .split(/[，。；;！？\n]/)
    .map((c) => c.replace(/\s+/g, ''))
    .filter((c) => !OTHER_FIGURE.test(c))
  for (const [key, rx] of ROW_WORDS) {
    const found = new Set(clauses.flatMap((c) => [...c.matchAll(rx)].map((m) => Number(m[1]!.replace(/,/g, '')))))
    if (found.size === 1) out[key] = [...found][0]!
  }
  return out
}

/**
 * The 总计 cell of a row left unread (cut by its own total alone, or fitting only with a dropped blank):
 * `stated` where every candidate reading gives that cell the number the sentence states, else null.
 * Two printings of one number agreeing is the proof; a reading that differs, or no sentence, reads nothing.
 */
export function proseTotalCell(candidates: readonly (readonly (number | null)[])[], stated: number | undefined): number | null {
  if (stated === undefined || !candidates.length) return null
  return candidates.every((r) => r.length === 7 && r[6] === stated) ? stated : null
}

/** The note's ending where that cell was read. */
export const proseTotalWords = (total: number): string => `只有「总计」一格各种读法都是 ${total}，与表前文字所述的数相同，已读取，其余各格未读取。`
