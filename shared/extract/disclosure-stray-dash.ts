// A dash alone on a line below a section 二 row laid out in columns (pdftotext -layout): the row's
// cells stand side by side on one line, and the 「/」 a line or two lower is as likely a piece of a
// wrapped heading (「本年增/减」 broken at its slash) as a cell of the row set lower. Taken as the row's
// last cell it made the count match a header with a column too many, and every number moved one
// column (review rv27 A: 430 read as 本年增/减, the 「/」 as 0 处理决定). Which it is cannot be told.
import type { CellToken } from './cells'

/** The line of `text` around `at`. */
function lineOf(text: string, at: number): { start: number; text: string } {
  const start = text.lastIndexOf('\n', at - 1) + 1
  const nl = text.indexOf('\n', at)
  return { start, text: text.slice(start, nl < 0 ? text.length : nl) }
}

/**
 * The first dash token of `own` that stands alone on its line (nothing else printed there, no tab:
 * not a row of table cells) below a line holding two cells of the row or more, one a number; null
 * where there is none. A text printing one cell a line never has two of the row's cells on one line.
 */
export function strayDashLine(text: string, own: readonly CellToken[]): CellToken | null {
  const lines = new Map<number, CellToken[]>()
  for (const t of own) {
    const at = lineOf(text, t.start).start
    lines.set(at, [...(lines.get(at) ?? []), t])
  }
  for (const t of own) {
    if (!t.dash) continue
    const line = lineOf(text, t.start)
    if (line.text.includes('\t') || line.text.trim() !== text.slice(t.start, t.end)) continue
    const above = [...lines.entries()].some(([at, ts]) => at < line.start && ts.length >= 2 && ts.some((x) => !x.dash && x.digits !== ''))
    if (above) return t
  }
  return null
}
