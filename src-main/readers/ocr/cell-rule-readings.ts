// How a detector box stands to its cell's rules, and what kind of reading it is: a box running over a rule
// (the rule maybe read as a digit), a rule read as a glyph of words, words run on across a column rule,
// words or a count run rather than a number. Used by cell-reread.ts to judge a cell before reading it again.
import type { Decoded } from './ctc-decode'
import type { PixelBox } from './db-boxes'
import type { CellRect } from './grid-cells'
import { tidyReading } from './ocr-text'

export interface ReadBox {
  box: PixelBox
  read: Decoded
}

/** A box holding only a unit ("件" set on its own line below the number in a narrow column, or in
 *  a box of its own beside it): no number, and no reason to doubt the number beside it. */
const UNIT_ONLY = /^[件个项条次]$/
export const isUnitOnly = (r: ReadBox): boolean => UNIT_ONLY.test(tidyReading(r.read.text, 1).text)
const WORDS = /[\u4e00-\u9fff].*[\u4e00-\u9fff]/
/** Only 无 and digits: cells of "none" (and numbers) run together, not a label. */
const NONE_RUN = /^[无\d]{2,4}$/
/** Counts with their unit run together across the rules of narrow cells ("2件1件1件7件…", a row of
 *  表四): found as one line of words by the detector, but no words. The box is no reading of any
 *  cell (a straddler, its digits no guide: see `agrees`); each cell it covers is read from its own ink. */
const COUNT_RUN = /^(?:\d+[件个项条次]){2,}$/
export const isCountRun = (r: ReadBox): boolean => COUNT_RUN.test(r.read.text.replace(/\s/g, ''))
/** A box whose glyphs run over the cell's left or right rule: the rule may have been read as a
 *  digit ("|0" as 10). A detector box holds its glyphs about a fifth of its height in from each
 *  side (see boxItem in ocr-page.ts); a rule at or inside the glyphs' edge counts, one in the
 *  margin does not (a cell's padding keeps a real digit a few pixels off its rules). */
export function straddles(b: PixelBox, c: CellRect): boolean {
  const margin = 0.19 * b.h
  return c.x0 >= b.x + margin - 1 || c.x1 <= b.x + b.w - margin + 1
}

/** The cell's readings hold words, not a number (see rereadCells): two glyphs or more that are no run
 *  of 无, a long reading, or a sure single glyph that is no unit. */
export function holdsWords(reads: ReadBox[]): boolean {
  return reads.some((r) => !isCountRun(r) && ((WORDS.test(r.read.text) && !NONE_RUN.test(r.read.text.trim())) || r.read.text.length > 6 || isSureGlyph(r)))
}

/** A box read across its cell's rule, or one whose digits the rule may have joined: kept only where
 *  the cell's own ink, read again, confirms it (see rereadCells). */
export function isStraddler(r: ReadBox, cell: CellRect): boolean {
  return (straddles(r.box, cell) && !isGlyphWord(r)) || oneByRule(r, cell) || isCountRun(r)
}

/** A sure reading (0.9) of Chinese glyphs only, none a 无 or its look-alikes (元, 尼, 允: none-specks.ts): no rule read as part of it (a rule reads as
 *  1, l, |), so its box running over the cell's rule is no reason to doubt it. A header cell printed on two
 *  lines (总 / 计) whose boxes the detector grew over the column's left rule was emptied as such a
 *  straddler (its two-line ink re-reads as nothing): table 三 lost its 总计 column and was not found
 *  (eval-scans gen-3 ordinary, 15 of 200 cells). A 无 stays a straddler: it is a count cell's reading. */
export function isGlyphWord(r: ReadBox): boolean {
  const t = r.read.text.trim()
  return r.read.minConfidence >= 0.9 && /^[\u4e00-\u9fff]+$/.test(t) && !/[无元尼允]/.test(t)
}

/** One sure Chinese glyph that is no unit and no 无 (其 / 他 of a header printed on two lines). */
export function isSureGlyph(r: ReadBox): boolean {
  return isGlyphWord(r) && !isUnitOnly(r) && [...r.read.text.trim()].length === 1
}

/** A lone digit in a small box on the cell's rule, over the first glyph of the words beside it: the
 *  rule and that glyph's stroke found as one more glyph (「4」 from the rule and 本's left sweep, in a
 *  header cell 本年增/减 at 150 dpi). Read as a number between a header and its row, it made the
 *  numbers' rows unknown and the row was left unread. A digit box this small is under 0.7 of the words'
 *  height; a cell's real number never lies over its heading's glyphs. */
export function ruleSpeck(r: ReadBox, c: CellRect, reads: ReadBox[]): boolean {
  const b = r.box
  if (!/^\d$/.test(r.read.text.trim()) || !straddles(b, c)) return false
  return reads.some((w) => {
    const o = w.box
    return w !== r && WORDS.test(w.read.text) && b.h < 0.7 * o.h && b.x < o.x + o.w && o.x < b.x + b.w && b.y >= o.y - 0.1 * o.h && b.y + b.h <= o.y + o.h * 1.1
  })
}

/** A rule read as a glyph: a stroke (l, I, |, L, brackets). Never a digit: a 1 there may be the
 *  first digit of the next cell's number, run into the words' box across the rule (10 in the cell
 *  beside 其他对外管理服务事项 came out as "…事项1" and "0"); such a row stays unread instead. */
const RULE_LEAD = /^[IlL|!\[\]丨]\s*(?=[\u4e00-\u9fff])/
const RULE_TAIL = /(?<=[\u4e00-\u9fff])\s*[IlL|!\[\]丨]$/

/** Words whose box runs over a rule of their cell, read with that rule as a first or last glyph
 *  ("L本年增/减", "项目数量|"): the stroke is dropped. Only on the side where the rule lies inside
 *  the box. */
export function withoutRuleGlyphs(r: ReadBox, c: CellRect): ReadBox {
  if (!WORDS.test(r.read.text)) return r
  const margin = 0.19 * r.box.h
  let text = r.read.text
  if (c.x0 >= r.box.x + margin - 1) text = text.replace(RULE_LEAD, '')
  if (c.x1 <= r.box.x + r.box.w - margin + 1) text = text.replace(RULE_TAIL, '')
  return text === r.read.text ? r : { ...r, read: { ...r.read, text } }
}

/** The recogniser's output steps are this many pixels of its 48-pixel-high input apart. */
const STEP_PIXELS = 8

/** Words whose box runs on across a column rule into the cells beside ("四、结转下年度继续办理无无无…":
 *  a row printed as a lone narrow table, its label and its cells found as one line): the box is cut
 *  at the rule of the cell it starts in, and keeps the characters the recogniser placed before it
 *  (each character's step gives its place in the crop). The cells beside are then read on their
 *  own. A reading whose characters cannot be placed (not one step each) is left as it is. */
export function cutAtColumnRule(r: ReadBox, cells: CellRect[]): ReadBox {
  const text = r.read.text
  // Boxes from 2 to 33 heights wide fill their crop from its left edge at the height scale (recognize.ts).
  if (!WORDS.test(text) || [...text].length !== r.read.steps.length || r.box.w < 2 * r.box.h || r.box.w > 33 * r.box.h) return r
  const margin = 0.19 * r.box.h, cy = r.box.y + r.box.h / 2
  const start = cells.find((c) => cy > c.y0 && cy < c.y1 && r.box.x + margin >= c.x0 - 1 && r.box.x + margin < c.x1)
  // Only a rule well inside the box's glyphs: one at its edge is handled by withoutRuleGlyphs.
  if (!start || start.x1 > r.box.x + r.box.w - margin - 0.5 * r.box.h) return r
  const scale = r.box.h / 48
  const chars = [...text]
  const kept = r.read.steps.filter((t) => r.box.x + (t + 0.5) * STEP_PIXELS * scale < start.x1).length
  if (kept === 0 || kept === chars.length) return r
  return { box: { ...r.box, w: start.x1 - r.box.x }, read: { ...r.read, text: chars.slice(0, kept).join(''), steps: r.read.steps.slice(0, kept) } }
}

/** A number beginning (ending) with 1 whose box ends right at its cell's left (right) rule: the
 *  recogniser reads a little paper around a box, and there the rule may be its 1 (29 read as 129). */
export function oneByRule(r: ReadBox, c: CellRect): boolean {
  const t = r.read.text.trim(), b = r.box
  return (/^1\d/.test(t) && b.x - c.x0 < 0.35 * b.h) || (/\d1$/.test(t) && c.x1 - (b.x + b.w) < 0.35 * b.h)
}
