// Specks read as a glyph or two: a box far shorter than the page's print, read with little confidence
// (「1s」 4.5×5 pt among 12–14 pt boxes, a seal's grain over a table-四 header cell whose first line
// 结果 was lost). Glued to the words beside it in the layout (「1s纠正」), it left that header cell no
// heading: the table was taken for stacked blocks and not read at all. Such a box is no print of the
// report's own size. Only one beside words is left out (a digit in it listed as doubtful, never read):
// alone in a table cell it still holds that cell's place (a 无 lost under it, the row keeps its count).
import type { OcrBox } from './ocr-page'

/** Shorter than this share of the page's median box height: not a glyph of the page's print. */
const SPECK_HEIGHT = 0.5
/** Read less surely than this: the recogniser's guess at a mark, not a glyph it knows. */
const SPECK_CONFIDENCE = 0.5

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[s.length >> 1]! : 0
}

/** Words: two Chinese characters or more. */
const WORDS = /[\u4e00-\u9fff].*[\u4e00-\u9fff]/

/** The speck lies on the words' line, within half their height of them (glued to them in the layout). */
function besideWords(s: OcrBox, w: OcrBox): boolean {
  const cy = s.y + s.h / 2, gap = 0.5 * w.h
  return WORDS.test(w.text) && cy >= w.y && cy <= w.y + w.h && s.x < w.x + w.w + gap && s.x + s.w > w.x - gap
}

/** The boxes of a page that are specks beside words (see the head comment), by their index. */
export function speckBoxes(boxes: readonly OcrBox[]): Set<number> {
  const typical = median(boxes.filter((b) => b.text.trim() !== '').map((b) => b.h))
  const speck = (b: OcrBox): boolean => b.h < SPECK_HEIGHT * typical && b.confidence < SPECK_CONFIDENCE
  const out = new Set<number>()
  boxes.forEach((b, i) => {
    if (speck(b) && boxes.some((w) => w !== b && !speck(w) && besideWords(b, w))) out.add(i)
  })
  return out
}
