// Unruled table rows whose columns stand close together (a text-only OFD without its grid's paths, a
// PDF without rulings): a count — a number, or the dash printed for zero (「—」) — parted from the
// piece before or after it by most of a character is a cell of its own, though the gap is narrower
// than the column gap. Without this 「— 3」 (a zero and the total), 「——」 (two zero cells) and
// 「不计其—」 (a label's line and the first column's zero) each read as one cell, and the row is left
// unread. The digits of one number, and a label's characters, never stand that far apart.
import type { PdfItem } from './text-join'

/** A gap at least this many font sizes wide parts a count from its neighbour. */
const CELL_GAP_EM = 0.8

const COUNT_PIECE = /^(?:[\d\uff10-\uff19]+(?:[.,][\d\uff10-\uff19]+)*|[—–\-－])$/

export function isCountText(s: string): boolean {
  return COUNT_PIECE.test(s.trim())
}

/** A segment (pieces in x order) cut before a count, and after one, where a gap of CELL_GAP_EM parts them. */
export function cutCountCells(seg: PdfItem[]): PdfItem[][] {
  const out: PdfItem[][] = []
  let cur: PdfItem[] = []
  let right = -Infinity
  for (const it of seg) {
    const prev = cur[cur.length - 1]
    if (prev && it.x - right >= CELL_GAP_EM * Math.min(prev.size, it.size) && (isCountText(it.str) || isCountText(prev.str))) {
      out.push(cur)
      cur = []
    }
    cur.push(it)
    right = Math.max(right, it.x + it.w)
  }
  if (cur.length) out.push(cur)
  return out
}
