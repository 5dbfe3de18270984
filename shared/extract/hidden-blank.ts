// A row of run-together digits (table 三, table 四) under a 备注 column: a cell left blank there may hide a count
// that the row's 总计 still counts (issue 10, remarks-column rule: 「10000112」 is 自然人 blank, then
// 1 0 0 0 0 | 小计 1 | 总计 12 — cut digit by digit, 1|0|0|0|0|1|1|2, it holds its sums by chance).
// The row's own sums then prove no cut: the readings with one such blank are set beside the others,
// and a cell is read only where they all agree (requests-solve.ts).
import type { RequestRow } from '../model/report'
import type { CellToken } from './cells'
import { splitRow, type SumRule } from './digit-split'

/** Cuts of the run tried before giving up (more: too many to say, the row is left as it was read). */
const MAX_CUTS = 5000

/**
 * The blank cell's count where every rule holds with it (≥ 0, one value for all rules naming it);
 * null where no count fits.
 */
function hiddenCount(cells: RequestRow, at: number, rules: SumRule[]): number | null {
  let count: number | null = null
  for (const r of rules) {
    const inRule = r.total === at || r.parts.includes(at)
    const sum = r.parts.reduce<number>((a, c) => a + (c === at ? 0 : (cells[c] ?? 0)), 0)
    if (!inRule) {
      if (sum !== (cells[r.total] ?? 0)) return null
      continue
    }
    const v = r.total === at ? sum : (cells[r.total] ?? 0) - sum
    if (v < 0 || (count !== null && count !== v)) return null
    count = v
  }
  return count
}

/**
 * Readings of `tokens` as `width` cells with exactly one cell blank and the others cut from the
 * digits, where the row's sums hold with the blank hiding some count ≥ 0. The blank cell is null.
 * `undefined` where the cuts are too many to list.
 */
export function hiddenBlankReadings(tokens: CellToken[], width: number, rules: SumRule[]): RequestRow[] | undefined {
  // Only where the digits are exactly as many as the cells: cut one digit a cell by their count alone,
  // which a blank the text dropped beside a two-digit cell matches as well (more digits than cells:
  // the sums that place several-digit cells are proof enough, and a blank is no likelier there).
  if (tokens.reduce((n, t) => n + (t.splittable ? t.digits.length : 1), 0) !== width) return []
  const cuts = splitRow(tokens, width - 1, [])
  if (cuts.length > MAX_CUTS) return undefined
  const out: RequestRow[] = []
  for (const cut of cuts) {
    for (let at = 0; at < width; at++) {
      const cells: RequestRow = [...cut.slice(0, at), null, ...cut.slice(at)]
      if (hiddenCount(cells, at, rules) !== null) out.push(cells)
    }
  }
  return out
}

/** The note of a row whose cells such a reading disputes. */
export const hiddenBlankNote = (row: string, unread: number): string =>
  `表三「${row}」行的数字连在一起，表有备注列，空白格可能未印出（其数仍计入合计）：少印一格的拆法也合乎该行合计，其中 ${unread} 格不能唯一确定，未读取。`
