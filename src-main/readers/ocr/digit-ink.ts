// A number read with more digits than its box holds glyphs: a speck or a bit of a rule beside the
// digits read as one more digit ("89" read as "1889" in one box). The recogniser gives no sign of it,
// and section 二 has no sums to catch it. Printed digits are glyphs of one height standing side by
// side; a speck is short. So the box's ink is cut into columns (pieces overlapping across x are one
// glyph), the tall ones counted as digits (one glyph wide as two is two digits run together), and a
// reading with more digits than that is doubtful: left out and listed, never guessed.
import type { ReadBox } from './cell-rule-readings'
import type { GrayImage } from './gray-image'
import { inkColumns } from './raised-marks'
import { tidyReading } from './ocr-text'

/** A column this share of the tallest one's height is a digit's (a round 0 or 6 overshoots by a
 *  little, a 1 with a lost foot is ~0.9; a speck or a comma is under half). */
const DIGIT_TALL = 0.6
/** A digit's ink is ~0.45–0.6 of its height wide (a 1 much less): a tall glyph is counted as
 *  round(width / this share of its height) digits, at least one. */
const DIGIT_WIDE = 0.6
/** The tallest glyph must be at least this share of the box's height to be print (not a speck). */
const GLYPH_OF_BOX = 0.3

/** How many digits the box's ink can hold (null: no ink to judge by). */
export function digitGlyphs(img: GrayImage, box: { x: number; y: number; w: number; h: number }): number | null {
  const x0 = Math.max(1, Math.floor(box.x)), y0 = Math.max(1, Math.floor(box.y))
  const x1 = Math.min(img.width - 1, Math.ceil(box.x + box.w)), y1 = Math.min(img.height - 1, Math.ceil(box.y + box.h))
  if (x1 - x0 < 4 || y1 - y0 < 4) return null
  const cols = inkColumns(img, x0, y0, x1 - x0, y1 - y0)
  if (cols.length === 0) return null
  const height = (q: { y0: number; y1: number }): number => q.y1 - q.y0 + 1
  const tallest = Math.max(...cols.map(height))
  if (tallest < GLYPH_OF_BOX * (y1 - y0)) return null
  return cols.filter((q) => height(q) >= DIGIT_TALL * tallest).reduce((n, q) => n + Math.max(1, Math.round((q.x1 - q.x0 + 1) / (DIGIT_WIDE * tallest))), 0)
}

/** Whether a reading has more digits than the box's ink holds glyphs (see the head comment). */
export function moreDigitsThanInk(img: GrayImage, box: { x: number; y: number; w: number; h: number }, text: string): boolean {
  if (!/^\d[\d,.]*$/.test(text)) return false
  const glyphs = digitGlyphs(img, box)
  return glyphs !== null && text.replace(/[,.]/g, '').length > glyphs
}

/** The page's readings with every number that has more digits than its ink made doubtful: its least
 *  sure character set to 0 (see doubt.ts). */
export function withoutInventedDigits(img: GrayImage, reads: ReadBox[]): ReadBox[] {
  return reads.map((r) => (moreDigitsThanInk(img, r.box, tidyReading(r.read.text, 1).text) ? { ...r, read: { ...r.read, minConfidence: 0 } } : r))
}
