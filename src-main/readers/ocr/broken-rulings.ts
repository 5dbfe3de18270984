// A worn, soft copy's table rules found only in pieces (faded, speckled print at a low resolution:
// many short strokes, none across the table). Cells built from such pieces cut the rows and columns
// at random, so the page is laid out without them: its tables as unruled ones, rows by the boxes'
// lines and columns by the counts' x positions (pdf-layout/count-columns.ts). A page with one rule
// across most of its width, or with few rules at all, keeps its rulings.
import { mergeRulings } from '../pdf-layout/grid'
import type { Ruling } from '../pdf-layout/rulings'

/** At least this many horizontal pieces (after joining those on one line) … */
const MIN_PIECES = 10
/** … and none longer than this part of the page's width. A ruled table's rules span ~0.9 of it. */
const MAX_PIECE_WIDTH = 0.55

export function rulesInPiecesOnly(rulings: Ruling[], pageWidth: number): boolean {
  const h = mergeRulings(rulings).filter((r) => r.dir === 'h')
  return h.length >= MIN_PIECES && h.every((r) => r.to - r.from < MAX_PIECE_WIDTH * pageWidth)
}
