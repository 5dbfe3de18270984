// Whether a group of table-三 labels printed before their numbers may keep a row whose own total
// fails as the report's slip. Its reading must be the only one the text allows: a run holding
// exactly seven printed numbers per row, read as printed (no blank dropped, no digits cut, no number
// left out), so that no row boundary could stand one step off and no cell could come from a
// neighbouring row. Otherwise a failing row cannot be told from a misreading of the run (a blank
// the text dropped, a row split across lines, a wrapped label), and the group is not read.
import type { RequestRowKey } from '../model/report'

export interface GroupRowReading {
  key: RequestRowKey
  group: number
  /** The row's run held exactly seven numbers per row and was read as printed (requests-table). */
  plain?: boolean
}

/** True where every row of the group `keys` was read from a plain run (see above). */
export function slipsMayStand(keys: readonly RequestRowKey[], placed: readonly GroupRowReading[]): boolean {
  return keys.every((k) => placed.some((p) => p.key === k && p.plain === true))
}

/** The note of a group left unread: its rows do not all add up, and that may be our misreading. */
export function unreadGroupNote(names: string): string {
  return `表三 ${names} 行的行名印在数字之前，按次序读取时有行各列之和与总计不符；这些数字有空白格未印出或有拆分，行界错位与报告自身的差错无法区分，未读取。`
}

type Row = (number | null)[]
type Rows = Partial<Record<RequestRowKey, Row>>
const v = (x: number | null | undefined): number => x ?? 0

/**
 * A failing row that one single cell explains: changing exactly one of its cells by what its total
 * misses makes its total hold and every column identity of the group's rows hold too (`holds`,
 * requests-proof), and no other single cell does. A report's typo in one cell shows so, in its row
 * and in its column alike; a misread run (a boundary one step off, a cell from a neighbouring row)
 * moves several cells and breaks other rows or columns. A row read as printed keeps its printed
 * numbers: the note says which figure does not add up.
 */
export function oneCellSlip(key: RequestRowKey, keys: RequestRowKey[], rows: Rows, holds: (keys: RequestRowKey[], rows: Rows) => boolean): boolean {
  const row = rows[key]
  if (!row || row.length !== 7) return false
  const delta = v(row[6]) - row.slice(0, 6).reduce<number>((a, b) => a + v(b), 0)
  if (delta === 0 || holds(keys, rows)) return false
  let fixes = 0
  for (let c = 0; c < 7; c++) {
    const fixed = [...row]
    fixed[c] = c < 6 ? v(row[c]) + delta : v(row[6]) - delta
    if (fixed[c]! < 0) continue
    if (holds(keys, { ...rows, [key]: fixed })) fixes++
  }
  return fixes === 1
}
