// The last guard on table 三's columns: in a table read right, the six applicant cells of a row add
// up to its 总计 cell; a report's own arithmetic error breaks one row or two. When most rows break
// it, the columns were read in the wrong order (总计 printed first, a header the reader could not
// map to the template's columns) and every row is shifted: nothing is kept, with a note, rather than
// a table of wrong numbers blamed on the report.
import type { ExtractionNote } from '../model/extraction'
import type { RequestRow, RequestRowKey } from '../model/report'
import { rowSumHolds } from './requests-proof'

type Rows = Partial<Record<RequestRowKey, RequestRow>>

/** Rows that must break their total before the columns are doubted (a report may err in one or two). */
const MIN_BROKEN = 3

/**
 * The rows emptied (with notes) when most fully read rows break their row total; else the rows as they are.
 * `judged`: the rows as the solver read them, before rows breaking their total were emptied one by one
 * (review rv26 F2: 总计 printed first, every such row emptied on its own, and a row one cell short — its
 * total not checkable — kept with its last printed cell as 总计).
 */
export function refuseShiftedColumns(rows: Rows, notes: ExtractionNote[], judged: Rows = rows): Rows {
  const full = (Object.entries(judged) as [RequestRowKey, RequestRow][]).filter(([, r]) => r.length >= 7 && r.every((x) => x !== null) && r.some((x) => x !== 0))
  const broken = full.filter(([, r]) => !rowSumHolds(r))
  if (broken.length < MIN_BROKEN || (broken.length * 2 <= full.length && !otherColumnTotals(full.map(([, r]) => r as number[])))) return rows
  notes.push({
    field: 'requests',
    message: `表三有 ${broken.length} 行（共 ${full.length} 行）各类申请人之和不等于该行总计，多半是各列与模板的列序不同而表头未能读出，为免读错，表三未读取。`,
  })
  const out: Rows = {}
  for (const [k, r] of Object.entries(rows) as [RequestRowKey, RequestRow][]) {
    out[k] = r.map(() => null)
    notes.push({ field: `requests.${k}`, message: '表三各列与申请人类别的对应不能确定，未读取（见表三的说明）。' })
  }
  return out
}

/**
 * Another column than the seventh is every full row's total (the sum of the six others): the columns
 * were read shifted, however few rows break (rows whose organisations are all 0 hold in both readings:
 * review hr35 W2, 总计 printed first and 自然人 last, 10 of 22 rows broken).
 */
function otherColumnTotals(full: readonly number[][]): boolean {
  return [0, 1, 2, 3, 4, 5].some((c) => full.every((r) => r.reduce((a, b) => a + b, 0) === 2 * r[c]!))
}
