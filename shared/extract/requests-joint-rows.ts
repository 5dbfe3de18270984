// A run of table-三 labels printed before their numbers that reads as whole rows both row by row and
// column by column (requests-column-major.ts), every row adding up to its 总计 either way: the solver
// keeps only the cells both readings agree on (the others stay empty, with its note). The row totals
// prove each reading's rows as they prove any run of grouped labels, so the agreed cells are proven
// whichever order the run was printed in — as for section 二's label runs (disclosure-order-agreement)
// and table 三's open column orders. Such a row is not "broken" for requests-proof.ts's group check.
import type { RequestRow } from '../model/report'
import { rowSumHolds } from './requests-row-sum'

/** A whole row (seven cells or more, none open) that adds up to its 总计. */
const adds = (r: RequestRow): boolean => r.length >= 7 && r.every((c) => c !== null) && rowSumHolds(r)

/** The parsed row's readings, where a run was read several ways together (requests-run.ts jointReading). */
export interface JointOf {
  joint?: { readings: RequestRow[][]; index: number }
  /** Readings of where blank cells went (not two print orders): not covered here. */
  blanks?: boolean
}

/**
 * Whether `row` (as the solver left it) holds only what every reading of its run gives it, and every
 * reading of the run adds up in every one of its rows: each open cell is one the readings disagree on.
 */
export function heldByEveryReading(row: RequestRow, p: JointOf | undefined): boolean {
  if (!p?.joint || p.blanks || p.joint.readings.length < 2) return false
  const { readings, index } = p.joint
  if (!readings.every((r) => r.every((x) => adds(x)))) return false
  const mine = readings.map((r) => r[index]!)
  return row.every((x, c) => (x === null ? mine.some((r) => r[c] !== mine[0]![c]) : mine.every((r) => r[c] === x)))
}
