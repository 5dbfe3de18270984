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
 *  second box of the same size and reading (one place read twice: joined, "7" and "7" make 77). */
export function dropRepeatedBoxes<T extends OcrBox>(boxes: T[]): T[] {
  return boxes.filter((b, i) =>
    !boxes.some((o, k) =>
      o !== b &&
      (o.w * o.h > b.w * b.h || (o.w * o.h === b.w * b.h && o.text === b.text && k < i)) &&
      overlap(b.x, b.x + b.w, o.x, o.x + o.w) >= INSIDE * b.w &&
      overlap(b.y, b.y + b.h, o.y, o.y + o.h) >= INSIDE * b.h,
    ),
  )
}
