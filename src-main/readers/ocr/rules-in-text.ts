// Rules found inside a line of text are no rules. On a blurred scan (out of focus, a soft copy) the
// strokes of neighbouring glyphs run together, and a row of them printed at one height (上一年项目数量:
// the top strokes of every glyph) is a long dark run that image-rulings.ts takes for a rule; such a
// "rule" through a cell cuts it in two and the cell's number is lost (gen-1 blurred at 200 dpi: 1-11
// such rules a page; its row 结转下年度继续办理 was lost to them). A table's rule runs
// from crossing to crossing, beyond the text of any one cell, and between the lines: a horizontal
// rule lying within one text box, along its length and near its middle, is dropped. (The blurred
// page's print is stretched dark by page-light.ts: these runs come from the sharp search too.)
import type { PixelBox } from './db-boxes'
import type { PixelRuling } from './image-rulings'

/** Near a box's middle: within this share of its height of its centre line. The glyphs fill about
 *  0.6 of a detector box (it grows them by a fifth of its height each side); a blurred top or bottom
 *  stroke is found as a rule up to ~0.42 of the height off the middle (its blur above the glyphs
 *  merged in); a rule the box was only grown up to lies at half its height. */
const NEAR_MIDDLE = 0.45
/** A rule's ends may stick out of the box by this share of its height (the blur's spread). */
const ENDS = 0.2

function inside(r: PixelRuling, b: PixelBox): boolean {
  return Math.abs(r.at - (b.y + b.h / 2)) <= NEAR_MIDDLE * b.h && r.from >= b.x - ENDS * b.h && r.to <= b.x + b.w + ENDS * b.h
}

/** The rulings without the horizontal ones lying inside a line of text (see the head comment). */
export function withoutRulesInText(rulings: PixelRuling[], boxes: PixelBox[]): PixelRuling[] {
  return rulings.filter((r) => r.dir !== 'h' || !boxes.some((b) => inside(r, b)))
}
