// The cells of one header line where the line shows them: a table's cells joined by tabs or pipes
// (every cell kept, an empty one too), or pdftotext -layout's cells set apart by runs of spaces (an
// empty cell leaves no trace there). Shared by table 三's and table 四's heading-place checks.

/** Tabs or pipes between a table's cells. */
export const CELL_SEPARATOR = /[\t|]/g
/** Two or more spaces between pdftotext -layout's cells. */
export const CELL_SPACES = /[ \u3000]{2,}/g

/** The cells of a line split by `separator`: start offsets and texts. */
export function cellsOf(line: string, separator: RegExp = CELL_SEPARATOR): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = []
  let start = 0
  for (const m of line.matchAll(separator)) {
    out.push({ start, text: line.slice(start, m.index) })
    start = m.index + m[0].length
  }
  out.push({ start, text: line.slice(start) })
  return out
}
