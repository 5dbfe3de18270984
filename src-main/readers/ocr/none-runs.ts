// A run of 无 (none) read as one box: on a worn copy whose table rules were lost, the detector finds
// a row of 无 cells standing close together as one word (「无无无无无无无无无无无无无无无」, table 四's
// whole row). No word is 无无 (count-columns.ts): each 无 is a cell of its own, so the box is cut into
// one box per 无, the glyphs taken as evenly spaced over it (the recogniser's character places are
// not kept). Each is still only a 0 that the table's sums must prove (ocr-proof.ts).
import type { OcrBox } from './ocr-page'

const NONE_RUN = /^无{2,}$/

/** The detector's margin around the glyphs, a share of the box's height on each side (see boxItem). */
const MARGIN = 0.19

export function splitNoneRuns(boxes: OcrBox[]): OcrBox[] {
  return boxes.flatMap((b) => {
    const t = b.text.trim()
    if (!NONE_RUN.test(t)) return [b]
    const m = MARGIN * b.h, step = (b.w - 2 * m) / t.length
    if (step <= 0) return [b]
    return [...t].map((_, i) => ({ ...b, text: '无', x: b.x + i * step, w: step + 2 * m }))
  })
}
