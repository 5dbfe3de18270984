// Two readings of one place: the detector sometimes finds a sliver of a number (or the rule beside
// it) as a box of its own inside the number's box, and the recogniser, given that narrow box with
// paper around it (recognize.ts), reads the neighbouring digits into it ("18" over "89"). Joined by
// the layout code, the two make a number that was never printed (1889). A box lying mostly inside
// a larger box of the same line says nothing the larger one does not: it is dropped.
import type { OcrBox } from './ocr-page'

/** Share of the smaller box's width (and height) that must lie inside the larger one. */
const INSIDE = 0.6

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0))
}

/** The boxes without those lying mostly inside a larger box (by area) of the same line, nor a
 *  second box of the same size and reading (one place read twice: joined, "7" and "7" make 77).
 *  Except a number found inside a box of words that ends with it: the detector ran a row's label
 *  and the number in the next cell together ("其他对外管理服务事项10" over "10"); the words box
 *  gives up the number and ends where the number starts, and the number is kept (else the layout
 *  splits the words box at the rule into "…事项1" and "0": a 10 read as 0 beside a label's 1). */
export function dropRepeatedBoxes<T extends OcrBox>(input: T[]): T[] {
  const boxes = input.map((b) => ({ ...b }))
  const kept = new Set<T>()
  for (const s of boxes) {
    if (!/^\d+$/.test(s.text.trim())) continue
    for (const o of boxes) {
      const t = o.text.trim(), n = s.text.trim()
      if (o === s || o.w * o.h <= s.w * s.h || !t.endsWith(n) || !/[\u4e00-\u9fff]$/.test(t.slice(0, -n.length))) continue
      if (overlap(s.x, s.x + s.w, o.x, o.x + o.w) < INSIDE * s.w || overlap(s.y, s.y + s.h, o.y, o.y + o.h) < INSIDE * s.h) continue
      o.text = t.slice(0, -n.length)
      o.w = Math.max(1, s.x - o.x)
      kept.add(s)
    }
  }
  return boxes.filter((b, i) =>
    kept.has(b) ||
    !boxes.some((o, k) =>
      o !== b &&
      (o.w * o.h > b.w * b.h || (o.w * o.h === b.w * b.h && o.text === b.text && k < i)) &&
      overlap(b.x, b.x + b.w, o.x, o.x + o.w) >= INSIDE * b.w &&
      overlap(b.y, b.y + b.h, o.y, o.y + o.h) >= INSIDE * b.h,
    ),
  )
}
