// A page with its column rules painted out, for reading a cell's ink again (cell-reread.ts): a crop's
// margin reaches over the cell's rule, and a rule read as 1 would "confirm" a detector's 1.
import type { GrayImage } from './gray-image'
import type { PixelRuling } from './image-rulings'

/** Half the width (pixels) painted out around a rule's centre: rules are 1–5 px thick; a cell's print
 *  keeps its padding (several pixels) off them. */
const RULE_HALF = 3

/** The page with its column rules painted out in the paper's own grey (the lighter of the pixels just beside
 *  the rule on each line: pure white on grey paper would read as a bracket, "[0]"). */
export function withoutRules(img: GrayImage, rulings: PixelRuling[]): GrayImage {
  const data = new Uint8Array(img.data)
  const px = (x: number, y: number): number => (x >= 0 && x < img.width ? img.data[y * img.width + x]! : 255)
  // Column rules only: a rule read as a 1 stands upright; a row's rule under the print is no digit.
  for (const r of rulings.filter((x) => x.dir === 'v')) {
    const at = Math.round(r.at)
    for (let y = Math.max(0, Math.floor(r.from)); y <= Math.min(img.height - 1, Math.ceil(r.to)); y++) {
      const paper = Math.max(px(at - RULE_HALF - 2, y), px(at + RULE_HALF + 2, y))
      for (let x = Math.max(0, at - RULE_HALF); x <= Math.min(img.width - 1, at + RULE_HALF); x++) {
        const i = y * img.width + x
        if (data[i]! < paper) data[i] = paper
      }
    }
  }
  return { width: img.width, height: img.height, data }
}
