// The ruling lines a levelled page is read by: the rules its picture shows, less rows of glyphs
// taken for rules, with rules worn short inside a cell drawn on to the rule across.
import type { GrayImage } from './gray-image'
import { imageRulings, type PixelRuling } from './image-rulings'
import type { PixelBox } from './db-boxes'
import { withRulesToCrossings } from './rule-ends'
import { withoutRulesInText } from './rules-in-text'

/** `found`: the text boxes the detector found on the page. */
export function pageRulings(img: GrayImage, found: PixelBox[]): PixelRuling[] {
  // A blurred scan's rows of glyphs taken for rules are dropped (rules-in-text.ts).
  // A worn rule found ending inside a cell is drawn on to the rule across (rule-ends.ts).
  return withRulesToCrossings(img, withoutRulesInText(imageRulings(img), found).filter((r) => r.to > r.from))
}
