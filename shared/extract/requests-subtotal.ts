// Table 三 printed with an extra 小计 column (the subtotal of the five 法人或其他组织 columns), eight
// cells a row. The template has no such column, so it is left out — at the place the rows' own sums
// show: 小计 = the five cells beside it, and 总计 = 自然人 + 小计.
import type { RequestRow } from '../model/report'
import { fuzzy } from './row-labels'

/** The header of a table with a 小计 column. */
export const SUBTOTAL_HEADER = new RegExp(fuzzy('小计'))

/** Where 小计 may stand: after the five organisation columns, or before them. */
const PLACES: { at: number; parts: number[] }[] = [
  { at: 6, parts: [1, 2, 3, 4, 5] },
  { at: 1, parts: [2, 3, 4, 5, 6] },
]

const v = (x: number | null | undefined): number => x ?? 0

function fits(row: RequestRow, place: { at: number; parts: number[] }): boolean {
  const sub = place.parts.reduce((a, c) => a + v(row[c]), 0)
  return v(row[place.at]) === sub && v(row[0]) + sub === v(row[7])
}

export const withoutColumn = (row: RequestRow, at: number): RequestRow => row.filter((_, c) => c !== at)

/**
 * The column of 小计 in rows of eight cells: the place that fits every row that fits any place (a row
 * with the report's own wrong sum fits none and does not vote); null when no row decides, or two
 * places fit all and would read any row differently.
 */
export function subtotalColumn(rows: RequestRow[]): number | null {
  const deciding = rows.filter((r) => r.length === 8 && PLACES.some((p) => fits(r, p)))
  if (deciding.length === 0) return null
  const ok = PLACES.filter((p) => deciding.every((r) => fits(r, p)))
  if (ok.length === 0) return null
  const at = ok[0]!.at
  const same = ok.every((p) => rows.every((r) => JSON.stringify(withoutColumn(r, p.at)) === JSON.stringify(withoutColumn(r, at))))
  return same ? at : null
}
