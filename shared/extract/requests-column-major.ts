// Plain pdftotext of a table whose label column wraps prints a block of labels and then their
// numbers — row after row, or, for some PDFs, column after column (every row's 自然人, then every
// row's 商业企业 …). Nothing in the text says which. The rows' own totals decide: a run is read
// column by column only where every row then adds up to its 总计 and, read row by row, some row
// does not; where both readings add up and differ, both go to the table's column sums (the solver
// keeps a cell only where every reading those sums leave agrees).
import type { RequestRow } from '../model/report'
import type { CellToken } from './cells'
import { rowSumHolds } from './requests-proof'
import { jointReading, type RunReading } from './requests-run'

/** `reading`: how to read the run (absent: row by row, as readRun reads it). `byColumns`: the run
 *  read column by column, where some row then did not add up (the table's column identities may
 *  still have to rule it out, requests-group-columns.ts). */
export interface RunOrientation {
  reading?: RunReading
  byColumns?: RequestRow[]
}

/** How a run of whole rows (`rows` × 7 plain tokens, labels printed apart from it) is to be read. */
export function runOrientation(tokens: readonly CellToken[], rows: number, width: number): RunOrientation {
  if (rows < 2 || width !== 7 || tokens.length !== rows * width || tokens.some((t) => t.glued)) return {}
  const byRow = Array.from({ length: rows }, (_, r) => tokens.slice(r * width, (r + 1) * width))
  const byColumn = Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => tokens[c * rows + r]!))
  const values = (rs: CellToken[][]): RequestRow[] => rs.map((r) => r.map((t) => t.value))
  const holds = (rs: CellToken[][]): boolean => values(rs).every(rowSumHolds)
  if (values(byRow).join('|') === values(byColumn).join('|')) return {}
  if (!holds(byColumn)) return { byColumns: values(byColumn) }
  if (holds(byRow)) return { reading: jointReading([values(byRow), values(byColumn)]) }
  return { reading: { rows: values(byColumn).map((r) => [r]), dashes: byColumn.map((r) => r.flatMap((t, c) => (t.dash ? [c] : []))) } }
}
