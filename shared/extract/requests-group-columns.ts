// A group of table-三 labels printed before its numbers (pdftotext of a wrapped label column) whose
// rows do not all add up to their own totals: the row totals then cannot prove where one row ends
// and the next begins, nor that the run was printed row by row. The table's column identities can:
// 三（七）总计 = the outcome rows and 一 + 二 = （七） + 四, in all seven columns. Such a group is
// proven where every identity its rows take part in can be evaluated and holds as read, and holds
// under no other reading of the groups the text leaves open (a run read column by column instead,
// alone or together with the other such groups). The order among the rows is their labels' order,
// as for a group proven by its row totals. A row whose own total still fails is the report's slip
// and says so.
import type { RequestRow, RequestRowKey } from '../model/report'

type Rows = Partial<Record<RequestRowKey, RequestRow>>

/** One open group: its rows as read (row by row) and, where the run was read column by column too, those rows. */
export interface OpenGroup {
  group: number
  keys: RequestRowKey[]
  byColumns?: RequestRow[]
}

/** Groups one alternative reading at most apart: beyond this many, nothing is proven (2^n readings). */
const MAX_GROUPS = 6

/**
 * The groups proven by the column identities. `holds(keys, rows)`: every identity one of `keys`
 * takes part in can be evaluated and holds (requests-proof). All-or-nothing: the groups are proven
 * together, since each one's reading enters the others' sums.
 */
export function groupsProvenByColumns(open: readonly OpenGroup[], rows: Rows, holds: (keys: RequestRowKey[], rows: Rows) => boolean): Set<number> {
  const none = new Set<number>()
  if (open.length === 0 || open.length > MAX_GROUPS) return none
  const keys = open.flatMap((g) => g.keys)
  if (keys.some((k) => !rows[k])) return none
  if (!holds(keys, rows)) return none
  // Every other combination of readings (some groups read column by column) must fail.
  const alternatives = open.filter((g) => g.byColumns && g.byColumns.length === g.keys.length && g.byColumns.some((r, i) => r.join() !== rows[g.keys[i]!]!.join()))
  for (let mask = 1; mask < 1 << alternatives.length; mask++) {
    const other: Rows = { ...rows }
    alternatives.forEach((g, i) => {
      if (mask & (1 << i)) g.keys.forEach((k, j) => (other[k] = g.byColumns![j]!))
    })
    if (holds(keys, other)) return none
  }
  return new Set(open.map((g) => g.group))
}
