// A table 三 joined from two parts printed side by side in text lines (side-split-text.ts) is kept only
// where its column identities hold wherever they can be evaluated: in each column, 一 + 二 = （七） + 四,
// and （七）总计 = the sum of the outcome rows. A column with a cell unread in an identity's rows is not
// evaluated for it (an unread cell is no 0: requests-proof.ts's outcomesHold / flowHolds, for rows being
// placed, count a blank as 0 and so cannot serve here).
import { OUTCOME_ROW_KEYS, outcomeRowsOf, type RequestRow, type RequestRowKey } from '../model/report'
import { FLOW } from './requests-proof'

type Rows = Partial<Record<RequestRowKey, RequestRow>>

/** The column's cells of the rows, or null where a row is missing or its cell unread. */
function cells(rows: Rows, keys: readonly RequestRowKey[], c: number): number[] | null {
  const out: number[] = []
  for (const k of keys) {
    const x = rows[k]?.[c]
    if (typeof x !== 'number') return null
    out.push(x)
  }
  return out
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0)

/** Whether no evaluable column identity of the table fails. */
export function joinedIdentitiesHold(rows: Rows): boolean {
  const outcomes = outcomeRowsOf(OUTCOME_ROW_KEYS.filter((k) => rows[k]))
  for (let c = 0; c < 7; c++) {
    const flow = cells(rows, FLOW, c)
    if (flow && flow[0]! + flow[1]! !== flow[2]! + flow[3]!) return false
    const total = cells(rows, ['handledTotal'], c)
    const parts = cells(rows, outcomes, c)
    if (total && parts && sum(parts) !== total[0]) return false
  }
  return true
}
