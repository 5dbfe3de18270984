// 三（七）总计 = the outcome rows holds column by column: each of the seven columns is an identity of
// its own. Where no reading of the table satisfies it in all columns at once (the report's own error
// in some column), the columns where it still holds can rule readings out: a row's reading is kept
// only where, in every column whose identity some reading satisfies, a reading of the table with it
// satisfies that column's identity too. A column no reading satisfies (the report's error lies
// there) proves nothing; a wrong reading would need the report's errors to mimic it in every
// column where the readings differ. Like the outcome identity on its own (requests-feasible), never
// by an identity that fails.
import type { RequestRow, RequestRowKey } from '../model/report'

/** What one column's outcome identity leaves (requests-feasible's Feasible, as far as needed here). */
type ColumnFeasible = { kind: 'proven'; keep: Map<RequestRowKey, RequestRow[]>; checked: Set<RequestRowKey> } | { kind: 'none' } | { kind: 'open' }

const COLS = [0, 1, 2, 3, 4, 5, 6]

/**
 * `underColumn(c)`: the readings the outcome identity in column c alone leaves; `differing`: the
 * columns where some row's readings differ. Undefined (nothing proven) unless every such column's
 * identity holds under some reading: a reading kept by the other columns could be wrong exactly in
 * a column no identity checks.
 */
export function outcomesByColumn(underColumn: (c: number) => ColumnFeasible, differing: readonly number[]): { keep: Map<RequestRowKey, RequestRow[]>; checked: Set<RequestRowKey> } | undefined {
  const byColumn = COLS.map(underColumn)
  if (!differing.length || differing.some((c) => byColumn[c]!.kind !== 'proven')) return undefined
  const proven = byColumn.flatMap((f) => (f.kind === 'proven' ? [f] : []))
  const keep = new Map<RequestRowKey, RequestRow[]>()
  const checked = new Set<RequestRowKey>()
  for (const f of proven) {
    for (const [k, rows] of f.keep) {
      if (!f.checked.has(k)) {
        if (!keep.has(k)) keep.set(k, rows)
        continue
      }
      const was = checked.has(k) ? keep.get(k)! : rows
      const ids = new Set(rows.map((r) => JSON.stringify(r)))
      keep.set(k, was.filter((r) => ids.has(JSON.stringify(r))))
      checked.add(k)
    }
  }
  return { keep, checked }
}
