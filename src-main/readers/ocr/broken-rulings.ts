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

/** Rules of one table start and end alike (within this many points); pieces of worn rules do not. */
const SAME_END = 3

export function rulesInPiecesOnly(rulings: Ruling[], pageWidth: number): boolean {
  const h = mergeRulings(rulings).filter((r) => r.dir === 'h')
  if (h.length < MIN_PIECES || h.some((r) => r.to - r.from >= MAX_PIECE_WIDTH * pageWidth)) return false
  // A narrow table's rules (section 二's small tables): three or more of one extent.
  const alike = (a: Ruling, b: Ruling): boolean => Math.abs(a.from - b.from) <= SAME_END && Math.abs(a.to - b.to) <= SAME_END
  return !h.some((a) => h.filter((b) => alike(a, b)).length >= 3)
}
