// A table's cells on its grid (row and column spans taken into account), and the table without some
// of its grid columns: shared by the readers that drop columns no report table has (empty-columns.ts,
// ordinal-column.ts).
import type { TableCell } from '../model/document'

export interface Placed {
  row: number
  col: number
  cell: TableCell
}

/** Each cell's grid column, with row and column spans taken into account. */
export function place(rows: readonly TableCell[][]): { placed: Placed[]; width: number } {
  const taken: boolean[][] = rows.map(() => [])
  const placed: Placed[] = []
  let width = 0
  rows.forEach((cells, r) => {
    let c = 0
    for (const cell of cells) {
      while (taken[r]![c]) c++
      const rs = Math.max(1, Math.min(cell.rowSpan ?? 1, rows.length - r))
      const cs = Math.max(1, cell.colSpan ?? 1)
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) taken[r + dr]![c + dc] = true
      placed.push({ row: r, col: c, cell })
      c += cs
      width = Math.max(width, c)
    }
  })
  return { placed, width }
}

export const span = (p: Placed): number => Math.max(1, p.cell.colSpan ?? 1)

/** The table without the grid columns `removed`; a cell spanning one of them loses it from its span. */
export function withoutGridColumns(rows: TableCell[][], placed: readonly Placed[], removed: ReadonlySet<number>): TableCell[][] {
  if (!removed.size) return rows
  return rows.map((_, r) =>
    placed
      .filter((p) => p.row === r && !(span(p) === 1 && removed.has(p.col)))
      .map((p) => {
        const cs = span(p)
        if (cs === 1) return p.cell
        const kept = [...Array(cs).keys()].filter((d) => !removed.has(p.col + d)).length
        if (kept === cs) return p.cell
        const { colSpan: _, ...rest } = p.cell
        return kept > 1 ? { ...rest, colSpan: kept } : rest
      }),
  )
}
