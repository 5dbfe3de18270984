// A table 三 header whose column order cannot be proven, but whose words still say how the columns
// stand (a two-level header a cell per line, 自然人 after 法人或其他组织: a web page's organisations-first
// cell order, or a PDF's stream order of a template-ordered table, requests-columns.ts). No sum tells
// the orders apart (a column permutation keeps every row total and column identity), but a cell that
// every order left open gives the same number is that number whichever order the report printed: in a
// row 「0 0 0 1 0 21 22」 科研机构 is 0 either way (printed column 1 or 2), 法律服务机构 is not (1 or 0).
import type { RequestRow } from '../model/report'

/**
 * Every order a two-level header allows (each as printed[p] = the template column of printed column p):
 * the five organisation columns side by side under 法人或其他组织 in their printed order, 自然人 and 总计
 * (tall merged cells, whose place in a PDF's text says nothing) in the two places left, either way round.
 */
export function twoLevelLayouts(): number[][] {
  const orgs = [1, 2, 3, 4, 5]
  const out: number[][] = []
  for (const start of [0, 1, 2]) {
    const rest = [0, 1, 2, 3, 4, 5, 6].filter((p) => p < start || p > start + 4)
    const places: [number, number][] = [
      [rest[0]!, rest[1]!],
      [rest[1]!, rest[0]!],
    ]
    for (const [natural, total] of places) {
      const printed: number[] = Array(7)
      orgs.forEach((c, i) => (printed[start + i] = c))
      printed[natural] = 0
      printed[total] = 6
      out.push(printed)
    }
  }
  return out
}

/** Whether a full row's 总计 cell, under the order `printed`, is the sum of its six others. */
const totalHolds = (printed: readonly number[], r: readonly number[]): boolean => r.reduce((a, b) => a + b, 0) === 2 * r[printed.indexOf(6)]!

/**
 * The orders the rows leave possible: in each, every fully read row's 总计 cell is the sum of its six
 * others. (The rows' places among themselves are the table's: an order holds for all rows or none.)
 * A row no order lets add up is the report's own slip: it tells no order from another, and it shows
 * this report's sums are not all sound, so no row is trusted to rule an order out: every order the
 * header leaves stays (a cell is then read only where all of them agree, whichever rows are slips).
 */
export function layoutsTheRowsAllow(layouts: readonly (readonly number[])[], rows: readonly RequestRow[]): number[][] {
  const full = rows.filter((r) => r.length === 7 && r.every((x) => x !== null)) as number[][]
  if (full.some((r) => !layouts.some((printed) => totalHolds(printed, r)))) return layouts.map((p) => [...p])
  return layouts.filter((printed) => full.every((r) => totalHolds(printed, r))).map((p) => [...p])
}

/**
 * The row (printed order) in the template's order where every open reading agrees: `readings[i][p]` is
 * the template column of printed column p under reading i. A template column is read where every
 * reading puts a printed cell there and all those cells hold the same number; else null.
 */
export function agreedRow(row: RequestRow, readings: readonly (readonly number[])[]): RequestRow {
  const out: RequestRow = Array(7).fill(null)
  if (row.length !== 7 || !readings.length) return out
  for (let col = 0; col < 7; col++) {
    const values = readings.map((printed) => {
      const p = printed.indexOf(col)
      return p < 0 ? null : (row[p] ?? null)
    })
    if (values.every((v) => v !== null && v === values[0])) out[col] = values[0]!
  }
  return out
}
