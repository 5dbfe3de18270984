// Rule: digits grouped by a space or a thin space (「1 391」, numbers.ts groupSpace), on a big body's
// table 三 — most corpus models have no four-digit cell, so the rule would print nothing new. The
// body is made bigger by multiplying every table-三 cell by one factor, which keeps every sum of the
// table (rows, columns, 一+二 = 三 + 四) and the prose figures, which are read from the same model.
import type { VariantModel } from './model'
import type { GroupSpace } from './numbers'

/** The model with table 三 multiplied so that its largest cell has four digits or more. */
export function bigBody(m: VariantModel, atLeast = 1000): VariantModel {
  const largest = Math.max(0, ...m.requests.flatMap(([, cells]) => cells.map((x) => x ?? 0)))
  if (largest === 0 || largest >= atLeast) return m
  const factor = Math.ceil(atLeast / largest)
  return { ...m, id: `${m.id}×${factor}`, requests: m.requests.map(([k, cells]) => [k, cells.map((x) => (x === null ? null : x * factor))]) }
}

/** The number rule override that prints every number ≥ 1000 with `space` between its groups. */
export const grouped = (space: GroupSpace): { groupSpace: GroupSpace } => ({ groupSpace: space })
