// A footnote mark printed as a small raised digit right after a number (126⁵) is read by the
// recogniser as one more digit of it ("1265"): one box, one string, a number never printed. The
// text readers know a mark by its smaller, raised glyph; here it is known the same way, from the
// box's ink: the digits stand on one baseline at one height, a mark is smaller, sits above that
// baseline and rises above the digits' tops. The digits are then read again from their own ink, cut
// before the marks, and kept where that reading agrees with the first; otherwise (and where a glyph
// may be a mark or a digit with lost strokes) the number is doubtful: left out and listed, never
// guessed.
import type { ReadBox } from './cell-rule-readings'
import type { PixelBox } from './db-boxes'
import type { GrayImage } from './gray-image'
import { pieces, THIN_PIECE, type Piece } from './grid-cells'
import type { OcrModels } from './models'
import { tidyReading } from './ocr-text'
import { readCrops } from './recognize'

/** A mark's glyph is at most this share of the digits' height (a superscript is printed ~0.7–0.85 of
 *  the digits' size; a whole digit measures 0.9–1.05 of the tallest, round ones overshooting). */
const MARK_HEIGHT = 0.85
/** A glyph at the end that is this share of the digits' height above their baseline, with its top
 *  not below theirs, may be a mark: a reading with a digit for it is not kept as it is. */
const MAYBE_RAISE = 0.15
/** It is a mark, taken off the reading, when its bottom is this far above the baseline and its top
 *  rises this far above the digits' tops (Chromium's <sup> at 14 px: 0.24 and 0.1 of a digit). A
 *  digit whose lower strokes are lost in faint print (a 7 without its stem) is raised too, but
 *  keeps its top level with the others: the reading is doubtful then, never cut. */
const MARK_RAISE = 0.2
const MARK_RISE = 0.07
/** Grey that counts as ink here: a mark is small and thin, and fainter than the digits (a worn
 *  copy's mark is mostly lighter than the INK the cells are cut with). */
const FAINT = 165
/** The box is looked beyond on its right by this share of its height: a mark read as a digit may
 *  lie partly outside a box cut from the digits' ink (a cell read again, cell-reread.ts). */
const REACH = 0.5

export type MarkReading = { kind: 'none' } | { kind: 'doubt' } | { kind: 'marked'; digits: number; marks: number; inkRight: number; markLeft: number }

/** Ink columns of the box: pieces of ink that overlap across x are one glyph (a broken digit, or
 *  the two parts of a 5 in faint print). Rules running across the box (up or along) are left out. */
export function inkColumns(img: GrayImage, x0: number, y0: number, w: number, h: number): Piece[] {
  const ps = pieces(img, x0, y0, w, h, 2, FAINT)
    .filter((q) => q.count >= THIN_PIECE)
    .filter((q) => !(q.y1 - q.y0 + 1 >= 0.9 * h && q.x1 - q.x0 + 1 <= 0.2 * (q.y1 - q.y0 + 1)))
    .filter((q) => !(q.x1 - q.x0 + 1 >= 0.9 * w && q.y1 - q.y0 + 1 <= 0.2 * (q.x1 - q.x0 + 1)))
    .sort((a, b) => a.x0 - b.x0)
  const out: Piece[] = []
  for (const q of ps) {
    const last = out[out.length - 1]
    if (last && q.x0 <= last.x1) out[out.length - 1] = { x0: last.x0, y0: Math.min(last.y0, q.y0), x1: Math.max(last.x1, q.x1), y1: Math.max(last.y1, q.y1), count: last.count + q.count }
    else out.push({ ...q })
  }
  return out
}

/** Whether a number reading's box ends in raised marks (see the head comment): 'marked' gives the
 *  count of whole digits before them and where their ink ends; 'doubt' a glyph that may be a mark
 *  or a digit with lost strokes. */
export function raisedMarks(img: GrayImage, box: { x: number; y: number; w: number; h: number }, text: string): MarkReading {
  if (!/^\d[\d,.]*$/.test(text)) return { kind: 'none' }
  const x0 = Math.max(1, Math.floor(box.x)), y0 = Math.max(1, Math.floor(box.y))
  const x1 = Math.min(img.width - 1, Math.ceil(box.x + box.w + REACH * box.h)), y1 = Math.min(img.height - 1, Math.ceil(box.y + box.h))
  if (x1 - x0 < 4 || y1 - y0 < 4) return { kind: 'none' }
  const cols = inkColumns(img, x0, y0, x1 - x0, y1 - y0)
  if (cols.length < 2) return { kind: 'none' }
  const height = (q: Piece): number => q.y1 - q.y0 + 1
  const tallest = Math.max(...cols.map(height))
  // Whole digits: taller than a mark may be.
  const digits = cols.filter((q) => height(q) > MARK_HEIGHT * tallest)
  const base = Math.max(...digits.map((q) => q.y1)), top = Math.min(...digits.map((q) => q.y0))
  const maybeMark = (q: Piece): boolean => height(q) <= MARK_HEIGHT * tallest && base - q.y1 >= MAYBE_RAISE * tallest && q.y0 <= top + 0.05 * tallest
  const isMark = (q: Piece): boolean => base - q.y1 >= MARK_RAISE * tallest && top - q.y0 >= MARK_RISE * tallest
  let marks = 0
  while (marks < cols.length - 1 && maybeMark(cols[cols.length - 1 - marks]!)) marks++
  if (marks === 0) return { kind: 'none' }
  if (!cols.slice(cols.length - marks).every(isMark)) return { kind: 'doubt' }
  return { kind: 'marked', digits: cols.length - marks, marks, inkRight: cols[cols.length - 1 - marks]!.x1 + x0 + 1, markLeft: cols[cols.length - marks]!.x0 + x0 }
}

/** A box's reading given its digits read again without the marks: the number when the two agree
 *  (the first reading is the re-read with the marks' digits after it, or the re-read itself: the
 *  recogniser left the marks out), with one digit read for each whole digit's ink; else null. A
 *  first reading of the mark alone (7⁹ read as "9") never agrees with the digit re-read. */
export function markedReading(first: string, reread: string, digits: number, marks: number): string | null {
  if (!/^\d[\d,]*$/.test(reread) || reread.replace(/,/g, '').length !== digits) return null
  const f = first.replace(/,/g, ''), r = reread.replace(/,/g, '')
  return f === r || (f.startsWith(r) && f.length === r.length + marks) ? reread : null
}

/** A re-read of the digits is trusted this sure of its least sure character. */
const TAKE_ABOVE = 0.5

/** The page's readings with raised marks taken off their numbers: the digits read again from their
 *  own ink (cut before the marks); where that reading does not agree (markedReading), or a glyph may
 *  be a mark or a digit, the number is doubtful: its least sure character set to 0 (see doubt.ts). */
export async function withoutRaisedMarks(models: OcrModels, img: GrayImage, reads: ReadBox[]): Promise<ReadBox[]> {
  const found = reads.map((r) => raisedMarks(img, r.box, tidyReading(r.read.text, 1).text))
  const asks = found.flatMap((m, i) => (m.kind === 'marked' ? [{ i, m }] : []))
  // The box ends where the kept digits' ink does, with the margin the detector leaves, but never
  // into the mark's ink (a <sup> mark may start a pixel after the last digit).
  const cut = (r: ReadBox, m: { inkRight: number; markLeft: number }): PixelBox => ({ ...r.box, w: Math.min(r.box.w, m.inkRight - r.box.x + 0.19 * r.box.h, m.markLeft - r.box.x) })
  // Read with paper around the cut, never with the page beside it: a narrow cut (23⁶, 7⁹) widened
  // with the page's own pixels (as recognizeBoxes does for lone digits) takes its mark back in.
  const again = asks.length ? await readCrops(models, img, asks.map(({ i, m }) => cut(reads[i]!, m))) : []
  const out = [...reads]
  found.forEach((m, i) => {
    if (m.kind === 'doubt') out[i] = { ...reads[i]!, read: { ...reads[i]!.read, minConfidence: 0 } }
  })
  asks.forEach(({ i, m }, k) => {
    const r = again[k]!, t = tidyReading(r.text, r.minConfidence)
    const text = !t.guess && r.minConfidence >= TAKE_ABOVE ? markedReading(tidyReading(reads[i]!.read.text, 1).text, t.text, m.digits, m.marks) : null
    out[i] = text === null ? { ...reads[i]!, read: { ...reads[i]!.read, minConfidence: 0 } } : { box: cut(reads[i]!, m), read: { ...r, text } }
  })
  return out
}
