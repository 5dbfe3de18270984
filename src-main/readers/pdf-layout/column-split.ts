// A row of an unruled table whose cells stand closer than the column gap (a narrow column: 「397 39」
// for 自然人 397 and 商业企业 39, 1.5 characters apart): the gap that parts columns (page-content.ts's
// COLUMN_GAP_EM) keeps them one segment, and the row has a cell too few. Such a segment is cut only
// where another row of the same table shows two cells there, one over each side and neither over
// both: the columns are then printed, not guessed. Digits of one number set apart (a wide letter
// spacing) are never cut so: no row prints two cells inside one column.
import type { PdfItem } from './text-join'

/** Two pieces are cut only this many font sizes apart or more (letter-spaced digits stand closer). */
const MIN_GAP_EM = 0.8

interface Span {
  x0: number
  x1: number
}

const spanOf = (items: readonly PdfItem[]): Span => ({ x0: Math.min(...items.map((it) => it.x)), x1: Math.max(...items.map((it) => it.x + it.w)) })
const overlaps = (a: Span, b: Span): boolean => Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0)

/** Another row's two count cells, one over `left` only and one over `right` only. */
function columnsApart(left: Span, right: Span, rows: readonly Span[][]): boolean {
  return rows.some((cells) => {
    const a = cells.findIndex((c) => overlaps(c, left) && !overlaps(c, right))
    return a >= 0 && cells.some((c, k) => k > a && overlaps(c, right) && !overlaps(c, left))
  })
}

/**
 * The rows' segments with each segment of count pieces cut where other rows' cells show a column
 * boundary in its gap (columnsApart). `isCountPiece` tells a piece that is a count (a number, a zero
 * sign); only segments of such pieces are cut, and other rows' such segments are the evidence.
 */
export function splitByColumns(rows: PdfItem[][][], isCountPiece: (it: PdfItem) => boolean): PdfItem[][][] {
  const isCount = (g: PdfItem[]): boolean => g.length > 0 && g.every(isCountPiece)
  const cellSpans = rows.map((segs) => segs.filter(isCount).map(spanOf))
  return rows.map((segs, r) => {
    const others = cellSpans.filter((_, k) => k !== r)
    return segs.flatMap((seg) => {
      if (seg.length < 2 || !isCount(seg)) return [seg]
      const parts: PdfItem[][] = []
      let cur: PdfItem[] = [seg[0]!]
      for (let k = 1; k < seg.length; k++) {
        const it = seg[k]!
        const prev = seg[k - 1]!
        const rest = seg.slice(k)
        const apart = it.x - (prev.x + prev.w) >= MIN_GAP_EM * it.size
        if (apart && columnsApart(spanOf(cur), spanOf(rest), others)) {
          parts.push(cur)
          cur = [it]
        } else cur.push(it)
      }
      parts.push(cur)
      return parts
    })
  })
}
