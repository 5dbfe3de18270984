// A raised footnote mark whose ink runs into the digit before it (a blurred 23⁶: the 6's lower left
// bleeds into the 3's upper right). raised-marks.ts knows a mark as a glyph of its own; here the ink
// is one piece, and the box's rules (a detector box reaches its cell's rules) join everything into
// one more. The mark is found column by column instead: the rules running across the box are cut
// off, and the columns at the right end whose ink stays well above the digits' baseline and rises
// above their tops are the mark — a digit's columns reach the baseline, or keep their top level with
// the others (a 7's bar). Only one mark, at the end; the digits before it must be whole glyphs of
// their own (raised-marks.ts then reads them again and keeps them only where that agrees).
import type { GrayImage } from './gray-image'
import { pieces, THIN_PIECE } from './grid-cells'

/** Ink, as raised-marks.ts counts it (a mark is thin and faint). */
const FAINT = 165
/** A line of the window this share ink is a rule running across it. */
const RULE_SHARE = 0.8
/** The mark's columns end this share of the digits' height above their baseline, and its top rises
 *  this share above their tops (raised-marks.ts MARK_RAISE, MARK_RISE). */
const MARK_RAISE = 0.2
const MARK_RISE = 0.07
/** Columns of a mark: at least this many pixels wide. */
const MIN_WIDTH = 3

type Window = { x0: number; y0: number; x1: number; y1: number }

const dark = (img: GrayImage, x: number, y: number): boolean => img.data[y * img.width + x]! < FAINT

/** The window cut at the rules running across it, searched from its middle outward (a line over
 *  RULE_SHARE ink): the number lies between them. */
function insideRules(img: GrayImage, w: Window): Window {
  const rowRule = (y: number): boolean => {
    let n = 0
    for (let x = w.x0; x < w.x1; x++) if (dark(img, x, y)) n++
    return n >= RULE_SHARE * (w.x1 - w.x0)
  }
  const my = (w.y0 + w.y1) >> 1, mx = (w.x0 + w.x1) >> 1
  let { x0, y0, x1, y1 } = w
  for (let y = my; y < w.y1; y++) if (rowRule(y)) { y1 = y; break }
  for (let y = my; y >= w.y0; y--) if (rowRule(y)) { y0 = y + 1; break }
  // Column rules are judged over the rows between the row rules.
  const colRuleIn = (x: number): boolean => {
    let n = 0
    for (let y = y0; y < y1; y++) if (dark(img, x, y)) n++
    return n >= RULE_SHARE * (y1 - y0)
  }
  for (let x = mx; x < w.x1; x++) if (colRuleIn(x)) { x1 = x; break }
  for (let x = mx; x >= w.x0; x--) if (colRuleIn(x)) { x0 = x + 1; break }
  return { x0, y0, x1, y1 }
}

/** Glyphs of the window: pieces of ink, those overlapping across x taken as one (raised-marks.ts inkColumns). */
function glyphs(img: GrayImage, w: Window): { x0: number; x1: number; y0: number; y1: number }[] {
  const out: { x0: number; x1: number; y0: number; y1: number }[] = []
  for (const q of pieces(img, w.x0, w.y0, w.x1 - w.x0, w.y1 - w.y0, 2, FAINT).filter((p) => p.count >= THIN_PIECE).sort((a, b) => a.x0 - b.x0)) {
    const last = out[out.length - 1]
    if (last && q.x0 <= last.x1) out[out.length - 1] = { x0: last.x0, x1: Math.max(last.x1, q.x1), y0: Math.min(last.y0, q.y0), y1: Math.max(last.y1, q.y1) }
    else out.push({ x0: q.x0, x1: q.x1, y0: q.y0, y1: q.y1 })
  }
  return out
}

/** A mark touching the digit before it at the end of the box's number (see the head comment): the
 *  count of whole digits before it and where its columns begin (image x); null: none found. The box
 *  is looked beyond on its right by `reach` of its height (raised-marks.ts REACH). */
export function touchingMark(img: GrayImage, box: { x: number; y: number; w: number; h: number }, reach: number): { digits: number; markLeft: number } | null {
  const outer = {
    x0: Math.max(1, Math.floor(box.x)), y0: Math.max(1, Math.floor(box.y)),
    x1: Math.min(img.width - 1, Math.ceil(box.x + box.w + reach * box.h)), y1: Math.min(img.height - 1, Math.ceil(box.y + box.h)),
  }
  if (outer.x1 - outer.x0 < 8 || outer.y1 - outer.y0 < 8) return null
  const w = insideRules(img, outer)
  if (w.x1 - w.x0 < 8 || w.y1 - w.y0 < 8) return null
  // Each column's highest and lowest ink (a pixel with two dark neighbours in the column: no speck).
  const top: number[] = [], bot: number[] = []
  for (let x = w.x0; x < w.x1; x++) {
    let t = -1, b = -1
    for (let y = w.y0 + 1; y < w.y1 - 1; y++) {
      if (dark(img, x, y) && dark(img, x, y - 1) && dark(img, x, y + 1)) {
        if (t < 0) t = y
        b = y
      }
    }
    top.push(t), bot.push(b)
  }
  const inked = top.flatMap((t, i) => (t >= 0 ? [i] : []))
  if (inked.length < 2 * MIN_WIDTH) return null
  const base = Math.max(...inked.map((i) => bot[i]!))
  const tops = inked.map((i) => top[i]!).sort((a, b) => a - b)
  // The digits' top: the middle of the columns' tops (most columns belong to the digits).
  const digitTop = tops[tops.length >> 1]!
  const height = base - digitTop + 1
  if (height < 8) return null
  let k = inked.length - 1
  while (k >= 0 && bot[inked[k]!]! <= base - MARK_RAISE * height) k--
  const markCols = inked.slice(k + 1)
  if (markCols.length < MIN_WIDTH || k < 0) return null
  if (Math.min(...markCols.map((i) => top[i]!)) > digitTop - MARK_RISE * height) return null
  const markLeft = w.x0 + markCols[0]!
  // The digits: whole glyphs of their own before the mark's columns.
  const digits = glyphs(img, { ...w, x1: markLeft }).filter((q) => q.y1 - q.y0 + 1 >= 0.6 * height)
  return digits.length === 0 ? null : { digits: digits.length, markLeft }
}
