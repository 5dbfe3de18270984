// A row's cell tokens trimmed to the table's width: empty cells of the label column, converters' padding, spare blank rows.
import type { CellToken } from './cells'

/** An empty cell (not a dash, which reads as 0). */
export const isBlankCell = (t: CellToken | undefined): boolean => t !== undefined && t.value === null && t.digits === ''

/**
 * A table row whose label column holds an empty cell (a merged group label such as （六）其他处理
 * spans it) has more cells than the table's width: the extra empty cells at the start of the row
 * are the label column's, not data; so are empty cells after the last column (converters add them).
 * Drops them, line by line, while the row is wider than the table.
 */
export function dropLabelColumnBlanks(tokens: CellToken[], text: string, width: number): CellToken[] {
  const out: CellToken[] = []
  let line: CellToken[] = []
  let lineEnd = -1
  const flush = (): void => {
    // Blanks at both ends of a line too wide: whether the first are label columns or the last are
    // padding decides every number's column, and nothing on the line tells which (a page-broken PDF
    // row read with one column too many put 总计's number under 其他). Its numbers are then not trusted.
    const open = line.length > width && isBlankCell(line[0]) && isBlankCell(line[line.length - 1]) && line.some((t) => !isBlankCell(t))
    while (line.length > width && isBlankCell(line[0])) line.shift()
    while (line.length > width && isBlankCell(line[line.length - 1])) line.pop()
    out.push(...(open ? line.map((t) => (isBlankCell(t) ? t : { ...t, glued: true })) : line))
    line = []
  }
  for (const t of tokens) {
    if (t.start > lineEnd) {
      flush()
      const nl = text.indexOf('\n', t.start)
      lineEnd = nl < 0 ? text.length : nl
    }
    line.push(t)
  }
  flush()
  return out
}

/**
 * Whole lines of blank cells after `width` cells or more are an empty table row left under the data
 * (a Word table with a spare row), not a second data row of zeros printed blank: kept, they made the
 * run 30 cells long and every group's total held in both halves (review rv18b g07).
 */
export function dropTrailingBlankLines(tokens: CellToken[], text: string, width: number): CellToken[] {
  let end = tokens.length
  while (end > width) {
    const lineStart = text.lastIndexOf('\n', tokens[end - 1]!.start - 1)
    let first = end
    while (first > 0 && tokens[first - 1]!.start > lineStart) first--
    if (first < width || !tokens.slice(first, end).every(isBlankCell)) break
    end = first
  }
  return tokens.slice(0, end)
}
