// A table 三 header whose column order cannot be proven, but which leaves only a few orders open
// (a two-level header a cell per line, 自然人 after 法人或其他组织: a web page's organisations-first
// cell order, or a PDF's stream order of a template-ordered table, requests-columns.ts). No sum tells
// the orders apart (a column permutation keeps every row total and column identity), but a cell that
// every open order gives the same number is that number whichever order the report printed: in a row
// 「0 0 0 1 0 21 22」 科研机构 is 0 either way (printed column 1 or 2), 法律服务机构 is not (1 or 0).
import type { RequestRow } from '../model/report'

/**
 * The last printed column is the table's 总计, whatever the applicant columns' order: some row's last
 * cell equals the six before it and at least two of those are not 0. (Were 总计 another column k, its
 * cell would be the last one plus the other five and the last one it plus the same five: those five
 * would be 0, leaving one applicant cell not 0.) Column places are the table's, so one row proves it
 * for every row.
 */
export function totalIsLastColumn(rows: readonly RequestRow[]): boolean {
  return rows.some((r) => {
    if (r.length !== 7 || r.some((x) => x === null)) return false
    const six = r.slice(0, 6) as number[]
    return six.reduce((a, b) => a + b, 0) === r[6] && six.filter((x) => x !== 0).length >= 2
  })
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
