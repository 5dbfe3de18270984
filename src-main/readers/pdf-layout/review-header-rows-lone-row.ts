// A table of one row under a header (table 四's fifteen counts) whose headings wrap in narrow cells:
// a browser centres each cell's lines vertically, so a one-line heading (总计) stands half a line
// lower than the two-line ones beside it (结果 / 维持) and, grouped by baseline, is put at the end of a
// line (「结果结果其他尚未…总计总计总计」): the headings' order on the page is lost, and a table printed
// 总计 first was read in the template's order (hostile review hr38 F5: 14 cells wrong). The row's own
// number columns give each heading piece its column, as for a table of several rows (wrapped-header.ts).
import { wrappedHeader, type HeaderLine } from './wrapped-header'
import type { PdfItem, PdfLine } from './text-join'

/** Fewer counts than this on the one row: no table whose heading order is read. */
const MIN_COUNTS = 5

/**
 * The header lines over a lone row rebuilt in its columns' order, or null (left as printed): too few
 * counts, or no clean columns and headings (wrappedHeader's own conditions).
 */
export function loneRowHeader(above: readonly PdfLine[], counts: readonly PdfItem[][]): { lines: HeaderLine[]; taken: number } | null {
  if (counts.length < MIN_COUNTS) return null
  const header = wrappedHeader(above, [counts.flat()])
  if (!header) return null
  const lines = [...header.lines]
  const headings = lines.pop()!
  return { lines: [...sideBySide(lines), headings], taken: header.taken }
}

/**
 * Headings over several columns (the groups' headings) whose lines stand side by side: a heading two
 * rows tall (「行政复议」 beside 「行政诉讼」 over 「未经复议直接起诉」「复议后起诉」) is centred half a row
 * lower and came out a line of its own, after 「行政诉讼」 though printed left of it; the order of the
 * lines is then no order on the page (hr38 F5/F6: the groups read rotated). Neighbouring lines less
 * than a line and a half apart whose pieces do not overlap across are one line, in their order across.
 */
function sideBySide(lines: readonly HeaderLine[]): HeaderLine[] {
  const out: HeaderLine[] = []
  for (const l of lines) {
    const prev = out[out.length - 1]
    const near = prev && prev.y - l.y < 1.5 * Math.max(prev.size, l.size)
    const apart = prev && (l.x0 >= prev.x1 || l.x1 <= prev.x0)
    if (!prev || !near || !apart || /\d/.test(prev.text + l.text)) {
      out.push(l)
      continue
    }
    const [left, right] = l.x0 >= prev.x1 ? [prev, l] : [l, prev]
    out[out.length - 1] = { text: `${left.text} ${right.text}`, x0: left.x0, x1: right.x1, y: prev.y, size: Math.max(prev.size, l.size) }
  }
  return out
}
