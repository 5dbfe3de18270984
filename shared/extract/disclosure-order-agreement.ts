// Section 二 labels printed together before their numbers, read row by row or column by column:
// which cells both orders give the same number. A cell both readings agree on is that number
// whichever order the text was printed in (the first row's first cell and the last row's last cell
// always; others where the numbers happen to be equal, a row of zeros) — as requests-column-agreement.ts
// does for table 三's open column orders. No sum is trusted; the other cells stay unread.
import type { CellToken } from './cells'

/** A token's printed value for the comparison: a dash is not the 0 printed as a digit (its note differs). */
const valueOf = (t: CellToken): string => (t.dash ? 'dash' : t.value === null ? 'blank' : String(t.value))

/** Per row, the printed positions where the row-by-row and the column-by-column readings differ. */
export function openPositions(byRow: CellToken[][], byColumn: CellToken[][]): number[][] {
  return byRow.map((cells, r) => cells.flatMap((t, c) => (valueOf(t) === valueOf(byColumn[r]![c]!) ? [] : [c])))
}
