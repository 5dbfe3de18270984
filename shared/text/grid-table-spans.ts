// A grid table with merged cells (pandoc 3 writes Word's merged cells so): a cell spanning columns
// has no `|` between them on its lines; a cell spanning rows leaves its column's part of the rule
// between the rows blank (`|      +------+`). Such a table is read by display position: the column
// bounds are where any of its lines has a `+`, a Chinese character counting two columns as pandoc
// pads it. Each cell's pieces are joined; its text stands in its first row and column, the places it
// covers stay empty (as a Word table's merged cells read). Null where a line does not line up with
// the bounds (another width count): the caller then splits by `|`.
import { joinPieces } from './grid-table-join'

/** A character pandoc pads as two columns (East Asian wide). */
export const wide = (ch: string): boolean => /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch)

/** The line as display columns: a wide character takes its column and leaves the next empty (''). */
function columns(line: string): string[] {
  const out: string[] = []
  for (const ch of line.trimEnd()) {
    out.push(ch)
    if (wide(ch)) out.push('')
  }
  return out
}

/** The text's width in columns, a wide character counting two. */
export const displayWidth = (s: string): number => [...s].reduce((n, ch) => n + (wide(ch) ? 2 : 1), 0)

interface Cell {
  row: number
  from: number
  to: number
  pieces: string[]
}

const RULED = /^[-=:]+$/
/** A bound's mark on a line (not the empty half of a wide character). */
const isBound = (ch: string | undefined): boolean => ch === '|' || ch === '+'

/** The table's rows (cells joined, merged places empty) and the line each starts on, or null where the lines do not line up. */
export function gridRowsBySpans(lines: string[]): { rows: string[][]; lines: number[] } | null {
  const cols = lines.map((l) => columns(l.replace(/^\s+/, '')))
  const bounds = [...new Set(cols.flatMap((c) => c.flatMap((ch, i) => (ch === '+' ? [i] : []))))].sort((a, b) => a - b)
  if (bounds.length < 2) return null
  const end = bounds[bounds.length - 1]!
  if (cols.some((c) => c.length !== end + 1 || !isBound(c[0]) || !isBound(c[end]))) return null
  const width = bounds.length - 1
  const open: (Cell | null)[] = Array(width).fill(null)
  const done: Cell[] = []
  let row = 0
  let rowHasText = false
  const starts: number[] = []
  for (const [at, c] of cols.entries()) {
    if (at === 0) continue
    const segment = (k: number): string => c.slice(bounds[k]! + 1, bounds[k + 1]!).join('')
    const isRule = Array.from({ length: width }, (_, k) => RULED.test(segment(k).trim()) && segment(k).trim() !== '' && !segment(k).includes(' '))
    if (isRule.some(Boolean)) {
      for (let k = 0; k < width; k++) {
        const cell = open[k]
        if (!cell) continue
        if (isRule[k]) {
          if (!done.includes(cell)) done.push(cell)
          open[k] = null
        } else if (k === cell.from) cell.pieces.push(c.slice(bounds[cell.from]! + 1, bounds[cell.to]!).join('').trim())
      }
      if (rowHasText) row++
      rowHasText = false
      continue
    }
    // A line of text: its cells lie between the bounds that hold a | (or +) on it.
    if (!rowHasText) starts.push(at)
    let k = 0
    while (k < width) {
      let to = k + 1
      while (to < width && !isBound(c[bounds[to]!])) to++
      const text = c.slice(bounds[k]! + 1, bounds[to]!).join('').trim()
      const cell = open[k]
      if (cell && (cell.from !== k || cell.to !== to)) return null
      if (cell) cell.pieces.push(text)
      else {
        const fresh: Cell = { row, from: k, to, pieces: [text] }
        for (let j = k; j < to; j++) open[j] = fresh
      }
      rowHasText = true
      k = to
    }
  }
  if (open.some((c) => c !== null)) return null
  const grid = starts.map(() => Array<string>(width).fill(''))
  for (const cell of done) grid[cell.row]![cell.from] = joinPieces(cell.pieces)
  return { rows: grid, lines: starts }
}
