// Table 三 built column by column for the unruled-header tests: each applicant column's outcome counts,
// from which every row follows (（七）总计 = the outcomes, 一 = （七） + 四 − 二) and a last column of row
// totals is added, so every identity of the table holds.
import type { RequestRowKey } from '../../shared/model/report'
import { requestRowsOf } from '../../shared/model/template-labels'

/** One applicant column's counts. */
export interface ColumnCounts { granted: number; partial: number; secret: number; notHeld: number; dup: number; other: number; carried: number; forward: number }

/** The 2021 template's rows for these columns, with the 总计 column after them. */
export function rowsFromColumns(cols: readonly ColumnCounts[]): Record<RequestRowKey, number[]> {
  const rows = {} as Record<RequestRowKey, number[]>
  for (const k of requestRowsOf('2021')) rows[k] = cols.map(() => 0)
  cols.forEach((c, i) => {
    rows.granted[i] = c.granted
    rows.partiallyGranted[i] = c.partial
    rows['withheld.stateSecret'][i] = c.secret
    rows['unavailable.notHeld'][i] = c.notHeld
    rows['notProcessed.duplicate'][i] = c.dup
    rows['otherHandling.other'][i] = c.other
    const handled = c.granted + c.partial + c.secret + c.notHeld + c.dup + c.other
    rows.handledTotal[i] = handled
    rows.carriedOver[i] = c.carried
    rows.carriedForward[i] = c.forward
    rows.received[i] = handled + c.forward - c.carried
  })
  for (const k of requestRowsOf('2021')) rows[k] = [...rows[k], rows[k].reduce((a, b) => a + b, 0)]
  return rows
}
