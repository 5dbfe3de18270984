// Numbers that are no printed number: a box holding two numbers read as one, or one number made of
// two boxes. The recogniser reads what a box holds with no gap in its text ("126" and "0" of two
// cells, found as one box or cut from one crop, come back as "1260"); and two boxes side by side
// are joined by the layout code when nothing separates them. Either way a number that was never
// printed would stand in a cell, and section 二 has no sums to catch it. So a number box wider
// than its characters can fill, and number boxes touching another number box on their line, are
// doubtful: left out and listed, like any unsure reading. So is a number box too narrow for its
// digits: a stroke beside a digit (a rule, a speck) read as a 1 ("7" read as "17" in a box of one
// digit's width).
import type { OcrBox } from './ocr-page'

const NUMBER = /^\d[\d,.]*$/
/** Width of a digit, in glyph heights (printed digits are ~0.5–0.6 wide; boxes measured 0.55–0.8
 *  per digit in scans at 150–300 dpi), and the slack allowed beyond it (a digit's own spacing and
 *  the detector's margin varying with the print). */
const DIGIT_WIDTH = 0.75
const SLACK = 0.6
/** Narrowest a digit may be, in glyph heights (a serif 1 is ~0.4 wide with its spacing). */
const NARROWEST_DIGIT = 0.4
/** Boxes closer than this (glyph heights between their glyphs) are one run of text to the layout
 *  code (text-join.ts puts a space from 0.18 font sizes; the glyph is ~0.62 of a box's height). */
const TOUCHING = 0.3

/** The glyphs inside a detector box: it is grown by about a fifth of its height on each side (see
 *  boxItem in ocr-page.ts). */
function glyphs(b: OcrBox): { x0: number; x1: number; h: number } {
  return { x0: b.x + 0.19 * b.h, x1: b.x + b.w - 0.19 * b.h, h: 0.62 * b.h }
}

/** A number box wider than its characters: a gap (a cell's width) inside it. A lone digit is no
 *  merge (the detector's box round a lone digit is often wide: it is left to the doubt rule). */
export function tooWide(text: string, b: OcrBox): boolean {
  if (!NUMBER.test(text) || text.length < 2) return false
  const g = glyphs(b)
  const chars = text.replace(/[,.]/g, '').length + 0.5 * text.replace(/[^,.]/g, '').length
  return g.x1 - g.x0 > (DIGIT_WIDTH * chars + SLACK) * g.h
}

function sameLine(a: OcrBox, b: OcrBox): boolean {
  const overlap = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
  return overlap >= 0.5 * Math.min(a.h, b.h)
}

/** A page's print measured by its own numbers: this many number boxes of two digits or more give
 *  the page's width per digit (fewer: the fixed NARROWEST_DIGIT alone judges). */
const PAGE_NUMBERS = 8
/** A box is narrow for the page's print when its width per digit is under this share of the page's
 *  median. Measured: a rule or speck read as a 1 beside a digit, 0.51–0.57 of its page's median;
 *  real two-digit counts holding a narrow 1 on pages of small soft print, 0.63 and up (one 0.55). */
const OF_PAGE_PRINT = 0.6

function digitCount(text: string): number {
  return text.replace(/[,.]/g, '').length
}

/** Width per digit in glyph heights (the glyph height guessed from the box: see glyphs). */
function widthPerDigit(text: string, b: OcrBox): number {
  const g = glyphs(b)
  return (g.x1 - g.x0) / (digitCount(text) * g.h)
}

/** The page's median width per digit over its number boxes of two digits or more (null: too few). */
export function pageDigitWidth(boxes: readonly OcrBox[], texts: readonly string[]): number | null {
  const ws = boxes.flatMap((b, i) => (NUMBER.test(texts[i]!) && digitCount(texts[i]!) >= 2 ? [widthPerDigit(texts[i]!, b)] : [])).sort((a, c) => a - c)
  return ws.length >= PAGE_NUMBERS ? ws[Math.floor(ws.length / 2)]! : null
}

/** A number box narrower than its digits: a stroke read as a digit. Its glyph height is guessed
 *  from the box, and the detector's box round small or soft print is much taller than its digits
 *  (a real report at 140 dpi: digits 14 px high in boxes 33–39 px), so every two-digit number of
 *  such a page would look narrow: where the page's own numbers show its print (pageDigitWidth), a
 *  box is too narrow only when it is also narrow beside them. */
export function tooNarrow(text: string, b: OcrBox, pageWidth: number | null = null): boolean {
  if (!NUMBER.test(text) || text.length < 2) return false
  const w = widthPerDigit(text, b)
  // A count never starts with 0: "01" is a 0 and a stroke whatever the page's print.
  const byPage = pageWidth !== null && !/^0\d/.test(text)
  return w < NARROWEST_DIGIT && (!byPage || w < OF_PAGE_PRINT * pageWidth)
}

/** Indexes of the number boxes (readings as tidied, by index) that cannot be trusted as printed:
 *  too wide or too narrow for their characters, or touching another number box on their line. */
export function mergedNumberBoxes(boxes: readonly OcrBox[], texts: readonly string[]): Set<number> {
  const out = new Set<number>()
  const numbers = boxes.map((_, i) => i).filter((i) => NUMBER.test(texts[i]!))
  const print = pageDigitWidth(boxes, texts)
  for (const i of numbers) if (tooWide(texts[i]!, boxes[i]!) || tooNarrow(texts[i]!, boxes[i]!, print)) out.add(i)
  for (const i of numbers) {
    for (const j of numbers) {
      if (j <= i || !sameLine(boxes[i]!, boxes[j]!)) continue
      const a = glyphs(boxes[i]!), b = glyphs(boxes[j]!)
      const gap = Math.max(b.x0 - a.x1, a.x0 - b.x1)
      if (gap < TOUCHING * Math.min(a.h, b.h)) out.add(i).add(j)
    }
  }
  return out
}
