// Print fainter than the ink grey the cells are cut with (grid-cells.ts INK): a worn copy at a low
// resolution, its strokes softened and faded to 150–190 on white. There a cell's 无 or number shows
// no pixel darker than INK, and "no ink" no longer means an empty cell (cell-reread.ts).
import type { PixelBox } from './db-boxes'
import type { GrayImage } from './gray-image'
import { INK } from './grid-cells'

/** The share of the pixels in the page's word boxes whose grey is the print's core grey. Words are
 *  mostly paper: 2 % of their pixels are the darkest of their strokes (ordinary prints ~10–80,
 *  a worn 150 dpi copy ~155). */
const CORE_SHARE = 0.02

/** The grey of the darkest CORE_SHARE of the pixels inside boxes read as words (two characters or
 *  more: a lone speck or digit is no sample of the print), or null when the page has none. */
export function printCoreGrey(img: GrayImage, boxes: { box: PixelBox; text: string }[]): number | null {
  const hist = new Array<number>(256).fill(0)
  let n = 0
  for (const { box: b, text } of boxes) {
    if (text.trim().length < 2) continue
    const x0 = Math.max(0, Math.round(b.x)), x1 = Math.min(img.width, Math.round(b.x + b.w))
    const y0 = Math.max(0, Math.round(b.y)), y1 = Math.min(img.height, Math.round(b.y + b.h))
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) hist[img.data[y * img.width + x]!]! += 1, n++
  }
  if (n === 0) return null
  let seen = 0
  for (let g = 0; g < 256; g++) if ((seen += hist[g]!) >= CORE_SHARE * n) return g
  return 255
}

/** The page's print is lighter than the cells' ink grey (see the head comment). */
export function isFaintPrint(img: GrayImage, boxes: { box: PixelBox; text: string }[]): boolean {
  const g = printCoreGrey(img, boxes)
  return g !== null && g > INK
}
