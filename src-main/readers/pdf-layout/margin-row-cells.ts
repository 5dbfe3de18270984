// A table row printed in the margin band at a page's top or bottom (a table continued onto a new
// page) whose last cell wrapped in its narrow column (「1 191」 → 「1」 above the row's baseline,
// 「191」 below it): each piece is a line of bare digits in the margin, and was dropped as a page
// number, so the row's total vanished silently. A bare-digit line that sits within a line's height
// of a numbered line, off its baseline and right of its text, is that row's cell: it is put back
// into the row (pieces top first), not dropped.
import type { PageLine } from './page-content'

const DIGITS_ONLY = /^\s*[0-9０-９]{1,3}\s*$/
/** A line whose text ends in a number: a table row read as one line. */
const ENDS_IN_NUMBER = /[0-9０-９]\s*$/

/** The row line a bare-digit line is a wrapped cell of, or undefined. */
function rowOf(piece: PageLine, lines: PageLine[]): PageLine | undefined {
  if (!DIGITS_ONLY.test(piece.text)) return undefined
  return lines.find((r) => {
    if (r === piece || DIGITS_ONLY.test(r.text) || !ENDS_IN_NUMBER.test(r.text)) return false
    const dy = Math.abs(r.y - piece.y)
    // Off the baseline (a page number beside text on the same baseline joins its line) but within
    // the row's line; to the right of the row's last number.
    return dy > 0.2 * r.size && dy < 0.9 * r.size && piece.x0 >= r.x1
  })
}

/** Lines with every wrapped cell of a margin row put back into its row (see above). */
export function keepMarginRowCells(lines: PageLine[]): PageLine[] {
  const pieces = new Map<PageLine, PageLine[]>()
  const taken = new Set<PageLine>()
  for (const l of lines) {
    const row = rowOf(l, lines)
    if (!row) continue
    pieces.set(row, [...(pieces.get(row) ?? []), l])
    taken.add(l)
  }
  if (taken.size === 0) return lines
  return lines
    .filter((l) => !taken.has(l))
    .map((l) => {
      const own = pieces.get(l)
      if (!own) return l
      // Pieces left to right, each column's lines top first (y grows upwards on a PDF page).
      const sorted = [...own].sort((a, b) => Math.round(a.x0 - b.x0) || b.y - a.y)
      return { ...l, text: `${l.text} ${sorted.map((p) => p.text.trim()).join(' ')}`, x1: Math.max(l.x1, ...own.map((p) => p.x1)) }
    })
}
