// A second look at the cells of ruled tables whose reading is not a clean number: a cell where the
// detector found nothing, only a speck ("金", "V" beside a thin 1), or a digit too unsure to keep.
// The cell's own ink is cropped tight (rules and specks left out) and read again; the new reading
// replaces what was found there only when it is a plain number read with confidence. A cell with
// no ink at all loses its specks: it is empty. Cells holding words (labels, headings) are left alone.
// A number whose box runs over one of its cell's column rules is read again from the cell's ink
// too (a rule read as a 1 turns 0 into 10), and dropped when that reading fails; words running over
// a rule lose the stroke read from it ("L本年增/减").
import { DISCLOSURE_LABELS, REVIEW_COLUMN_LABELS } from '../../../shared/model/template-labels'
import type { Decoded } from './ctc-decode'
import type { PixelBox } from './db-boxes'
import { isDoubtful } from './doubt'
import { isFaintPrint } from './faint-print'
import type { GrayImage } from './gray-image'
import { cellDash, cellInk, gridCells, type CellRect } from './grid-cells'
import type { PixelRuling } from './image-rulings'
import type { OcrModels } from './models'
import { tidyReading } from './ocr-text'
import { recognizeBoxes } from './recognize'
import { cutAtColumnRule, holdsWords, isCountRun, isStraddler, isSureGlyph, isUnitOnly, ruleSpeck, withoutRuleGlyphs, type ReadBox } from './cell-rule-readings'
import { withoutRules } from './rules-painted-out'
import { isDoubtfulReading, isUnsureDigit, sureOtherDigit } from './unsure-digit'

/** A re-read is taken only this sure of its least sure digit (a reading of zeros: see taken()). */
const TAKE_ABOVE = 0.5
const TAKE_ZERO_ABOVE = 0.2
/** Paper around the cell's ink, in heights of that ink, for the first reading and the retries: with
 *  too little the recogniser reads the crop's edges as brackets ("[0]"), with too much a 0 looks
 *  small and is read as "。". */
const MARGINS = [0.45, 0.7, 0.3]
/** The reported box: the ink grown as the detector grows glyphs (about a third of their height). */
const PLACED_MARGIN = 0.3
const PLAIN_NUMBER = /^\d[\d,]*(?:\.\d+)?$/
/** A count printed with its unit in the cell ("52件"): a box read so is judged by its number (a
 *  sure 52件 is not read again from the cell's ink, where 件 may come back as 1). */
const COUNT_UNIT = /(?<=\d)\s*[件个项条次]$/
const withoutUnit = (text: string): string => text.replace(COUNT_UNIT, '')
/** What a dash found by its shape is read as (see flatDash in doubt.ts). */
export const DASH = '—'
/** A cell of 无 (none) read with its rule as a 1 before or after it ("1无"): read again from its ink. */
const NONE_BY_RULE = /^(?:1无|无1)$/

/** The template's table-四 headings. A header word is taken from a re-read only where it is one of
 *  these exactly: a detector box running over a row of header cells is cut at its first rule
 *  (cutAtColumnRule), and the cells beside, read again from their own ink, come back as their
 *  heading ("其他结果" 0.99) — without it the table's columns cannot be told apart. */
const HEADINGS: readonly string[] = REVIEW_COLUMN_LABELS
/** Section 二's column headings (the amount's, printed with its unit in many ways, left out): the same
 *  loss there ("本年制发件数 | 本年废止件数 | ·", 现行有效件数 re-read 0.998) leaves the three-column
 *  rows' order unproven and their numbers empty (ocr-disclosure-proof.ts). Taken exactly only: many
 *  end alike (…项目数量). */
const DISCLOSURE_HEADINGS: readonly string[] = [DISCLOSURE_LABELS['2019'].fields, DISCLOSURE_LABELS['2021'].fields]
  .flatMap((f) => Object.entries(f))
  .filter(([key]) => key !== 'amountWanYuan')
  .map(([, label]) => label)
const HEADING_ABOVE = 0.9
/** A reading of words that is no heading but shares two or more characters with one ("纪结果维持",
 *  "总未计", "约结果纠正"): a heading misread, worth a second look at its cell's ink. */
function nearHeading(text: string): boolean {
  const t = text.replace(/\s/g, '')
  if (HEADINGS.includes(t) || t.length > 6) return false
  return HEADINGS.some((h) => [...h].filter((ch) => t.includes(ch)).length >= 2)
}
/** A re-read that is a heading, surely: its text, else null. A table-四 heading's last three or
 *  more characters count too, kept as read ("果纠正": a heading printed hard against its cell's left
 *  rule loses its first character with the rule when the cell's ink is cut out); no two of them
 *  end alike in three characters, and the extractor knows a heading by its end (纠正, 未审结). */
export function headingReading(r: Decoded): string | null {
  const t = r.text.replace(/\s/g, '')
  const known = DISCLOSURE_HEADINGS.includes(t) || HEADINGS.some((h) => h === t || (t.length >= 3 && h.endsWith(t)))
  return known && r.minConfidence >= HEADING_ABOVE ? t : null
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[s.length >> 1]! : 0
}

/** A box whose reading is a number the document will keep, of a glyph's size (not a speck's). */
function isCleanNumber(r: ReadBox, glyph: number): boolean {
  const t = tidyReading(r.read.text, r.read.minConfidence)
  const n = withoutUnit(t.text)
  return PLAIN_NUMBER.test(n) && !isDoubtful(n, t.confidence, t.guess) && r.box.h >= 0.6 * glyph
}

function inside(c: CellRect, b: PixelBox): boolean {
  const cx = b.x + b.w / 2, cy = b.y + b.h / 2
  return cx > c.x0 && cx < c.x1 && cy > c.y0 && cy < c.y1
}

export async function rereadCells(models: OcrModels, img: GrayImage, rulings: PixelRuling[], found: ReadBox[]): Promise<ReadBox[]> {
  const cells = gridCells(rulings)
  if (cells.length === 0) return found
  // Glyph height: detector boxes are the glyphs grown by about a fifth of their height each side.
  const glyph = 0.65 * median(found.filter((r) => r.read.text.trim() !== '').map((r) => r.box.h))
  if (glyph <= 0) return found
  found = found.map((r) => cutAtColumnRule(r, cells))
  // Print fainter than the cells' ink grey (faint-print.ts): "no ink" is no proof of an empty cell.
  const faint = isFaintPrint(img, found.map((r) => ({ box: r.box, text: r.read.text })))
  const owner = new Map<number, number>()
  found.forEach((r, i) => {
    const c = cells.findIndex((cell) => inside(cell, r.box))
    if (c >= 0) owner.set(i, c)
  })
  const drop = new Set<number>()
  const added: ReadBox[] = []
  // `words`: the detector read words there that are no heading; only a heading is taken from its re-read;
  // `unsure`: the detector's one digit read unsurely (unsure-digit.ts), with the re-reads that differ.
  let asks: { cell: number; ink: CellRect; straddlers: number[]; was: string; words?: boolean; noneByRule?: boolean; unsure?: Decoded[] }[] = []
  cells.forEach((cell, c) => {
    const mine = [...owner].filter(([, k]) => k === c).map(([i]) => i)
    for (const i of mine) found[i] = withoutRuleGlyphs(found[i]!, cell)
    const reads = mine.map((i) => found[i]!)
    const straddlers = mine.filter((i) => isStraddler(found[i]!, cell))
    const units = reads.filter(isUnitOnly)
    const numbers = reads.filter((r) => !isUnitOnly(r))
    const unsure = numbers.length === 1 && numbers[0]!.box.h >= 0.6 * glyph && (isUnsureDigit(numbers.map((r) => r.read)) || isDoubtfulReading(numbers[0]!.read))
    if (numbers.length > 0 && numbers.every((r) => isCleanNumber(r, glyph)) && straddlers.length === 0 && !unsure) return
    // A dash printed for none, known by its shape (grid-cells.ts): read as a dash (the extractor
    // takes it for 0 only where the row's total agrees, and the OCR proof then needs the sums).
    // Looked for before a reading of words is left alone: on grey, JPEG-worn paper the recogniser
    // reads a dash as 一 and the paper's grain beside it as a second character ("一楼", "一第"),
    // and a cell whose only print is one flat stroke holds no words.
    const dash = cellDash(img, cell, glyph)
    if (dash) {
      for (const i of mine) drop.add(i)
      added.push({ box: grow(dash, PLACED_MARGIN * (dash.x1 - dash.x0) / 3), read: { text: DASH, confidence: 1, minConfidence: 1, steps: [] } })
      return
    }
    // "无无" is no words: two cells of 无 (none) read as one box across their rule; each cell is
    // read again from its own ink. Sure single glyphs are words (其 / 他 of a header printed on two
    // lines: re-read as one crop for a number, the two lines came back a sure 「8」 and table 三's 其他
    // column was lost, gen-3 ordinary-150dpi); their cell is re-read for a heading only.
    if (holdsWords(reads)) {
      for (const i of mine) if (ruleSpeck(found[i]!, cell, reads)) drop.add(i)
      // A misread table-四 heading, alone in its cell: its ink is read again for the heading only.
      // Often it runs over the cell's rule, a bit of the next cell read with it ("计|结果维持" as
      // "纪结果维持"); the cell's own ink leaves that out. A failed re-read leaves the words as read.
      // Sure single glyphs only: a cell of sure words (a row label) is not read again.
      const glyphs = reads.every(isSureGlyph)
      if (!glyphs && (reads.length !== 1 || !nearHeading(reads[0]!.read.text))) return
      const ink = cellInk(img, cell, glyph)
      if (ink) asks.push({ cell: c, ink, straddlers: [], was: '', words: true })
      return
    }
    const ink = cellInk(img, withoutUnits(cell, units), glyph)
    if (!ink) {
      // On faint print a cell with no ink this dark may hold a 无 or a number: its readings stay.
      if (!faint) for (const i of mine) drop.add(i)
      return
    }
    const was = detectorDigits(numbers, glyph)
    const noneByRule = reads.length === 1 && NONE_BY_RULE.test(reads[0]!.read.text.replace(/\s/g, ''))
    asks.push({ cell: c, ink, straddlers, was, noneByRule, ...(unsure ? { unsure: [] } : {}) })
  })
  // A reading that fails with one margin is tried again with the next (MARGINS: see above). The crops
  // are cut from the page with its column rules painted out: a crop's margin reaches over the cell's rule, and
  // a rule read as 1 again would "confirm" the detector's 1 (8件 beside its rule read 18件 twice, ocr21).
  const paper = asks.length ? withoutRules(img, rulings) : img
  for (const margin of MARGINS) {
    if (asks.length === 0) break
    const boxes = asks.map(({ ink }) => grow(ink, margin * (ink.y1 - ink.y0)))
    const again = await recognizeBoxes(models, paper, boxes)
    const failed: typeof asks = []
    asks.forEach((a, k) => {
      const r = again[k]!
      const take = (read = r): void => {
        for (const [i, c] of owner) if (c === a.cell) drop.add(i)
        // Placed where the detector would have put it: the layout judges rows and font size from
        // the box, not from the margin read with it.
        added.push({ box: grow(a.ink, PLACED_MARGIN * (a.ink.y1 - a.ink.y0)), read })
      }
      // A heading where the detector read no digit (nothing, or words that are no heading).
      if (a.was === '' && headingReading(r) !== null) return void take()
      if (a.words) return void failed.push(a)
      // "1无" whose re-read is a sure 无: the 1 was the cell's rule (as 10 → 0 in `agrees`).
      if (a.noneByRule && taken(r) && tidyReading(r.text, 1).text === '无') return void take()
      if (a.unsure && !agrees(r.text, a.was)) {
        a.unsure.push(r)
        const other = sureOtherDigit(a.unsure, a.was)
        return void (other && fillsInk(other.text, a.ink, glyph) ? take(other) : failed.push(a))
      }
      if (!taken(r) || !fillsInk(r.text, a.ink, glyph) || !agrees(r.text, a.was)) return void failed.push(a)
      if (!unitReadingAgrees(r.text, a.was)) return void failed.push(a)
      if (a.ink.wide && !wideReadingAgrees(r.text, a.was)) return void failed.push(a)
      take()
    })
    asks = failed
  }
  // A reading across a column rule that its own cell's ink does not confirm is no reading.
  for (const a of asks) for (const i of a.straddlers) drop.add(i)
  return [...found.filter((_, i) => !drop.has(i)), ...added]
}

/** Widest a printed digit's ink is, in heights of the ink (a serif 0 or 4 is ~0.6 as wide). */
const DIGIT_INK_WIDTH = 0.8

/** Widest and tallest the ink of a printed 无 is, in glyph heights (with a speck or a serif beside it). */
const NONE_INK = 1.5

/** Lowest a printed digit's ink is, in glyph heights (digits stand ~0.7 of a Chinese glyph). */
const DIGIT_INK_HEIGHT = 0.55

/** A reading that accounts for all the cell's ink, from ink a digit's height: its digits as wide as
 *  the ink, or nearly. Faint print in bits beside a whole digit ("35" with the 3 in bits) is read
 *  as the whole digit alone ("5"), with confidence: a crop wider than its reading's digits is such
 *  a reading. And a bit of a digit found alone (a 29's faint 2 lost, the tail of the 9 kept) is
 *  lower than a digit. */
export function fillsInk(text: string, ink: CellRect, glyph: number): boolean {
  const read = tidyReading(text, 1).text
  // A 无 is one glyph: ink much wider or taller is more than the glyph (a blurred page's doubled rules
  // left in the crop: its reading, placed on all that ink, lay over the rows above and below).
  if (read === '无') return ink.x1 - ink.x0 <= NONE_INK * glyph && ink.y1 - ink.y0 <= NONE_INK * glyph
  const t = withoutUnit(read)
  if (!PLAIN_NUMBER.test(t)) return true
  const digits = t.replace(/[,.]/g, '').length
  const h = ink.y1 - ink.y0
  // A unit is a Chinese glyph: about as wide as the ink is high, with its spacing.
  const unit = t === read ? 0 : 1.3 * h
  return h >= DIGIT_INK_HEIGHT * glyph && ink.x1 - ink.x0 <= DIGIT_INK_WIDTH * digits * h + unit + 2
}

/** The cell without the part its unit-only boxes hold: above a unit set on a line of its own, left
 *  of one beside the number (a box's glyphs start about a fifth of its height in). The unit's ink
 *  then is not read with the number's (two lines in one crop read as nothing). */
export function withoutUnits(cell: CellRect, units: ReadBox[]): CellRect {
  let out = cell
  for (const { box: b } of units) {
    const glyphTop = b.y + 0.19 * b.h, glyphLeft = b.x + 0.19 * b.h
    const below = b.y + b.h / 2 > out.y0 + 0.6 * (out.y1 - out.y0)
    out = below ? { ...out, y1: Math.min(out.y1, glyphTop - 1) } : { ...out, x1: Math.min(out.x1, glyphLeft - 1) }
  }
  return out
}

/** The digits of a reading (look-alikes as digits, a unit and separators left out). */
function digitsOf(text: string): string {
  return withoutUnit(tidyReading(text, 1).text).replace(/[^0-9]/g, '')
}

/** The digits the detector read in a cell, left to right: what a re-read of the cell's ink must
 *  repeat (see agrees). Count runs are no reading of the cell, and a box under 0.6 of a glyph high
 *  is a speck, not a digit (isCleanNumber's bound): a speck beside a blurred page's 无, found as a
 *  small 「1」, made the sure re-read 无 disagree with that "1"; the re-read was refused and the
 *  speck stayed in the cell as its number, so the row's sums could not prove it. */
export function detectorDigits(numbers: ReadBox[], glyph: number): string {
  return numbers
    .filter((r) => !isCountRun(r) && r.box.h >= 0.6 * glyph)
    .sort((a, b) => a.box.x - b.box.x)
    .map((r) => digitsOf(r.read.text))
    .join('')
}

/** A re-read agrees with the digits the detector read in the cell (`was`): the same, or those with
 *  a 1 at either end gone (a rule read as 1: 10 → 0, 129 → 29), or the detector read no digit. A
 *  re-read cut from ink found only in part reads more than the cell's print or less: a faint
 *  839件 came back 8391 (件 as 1), 56件 as 156, 153 as 0; those stay unread. */
export function agrees(reread: string, was: string): boolean {
  if (was === '') return true
  const d = digitsOf(reread)
  return d !== '' && (d === was || was === `1${d}` || was === `${d}1` || was === `1${d}1`)
}

/** A reading with its unit (56件), where the detector read digits in the cell, is taken only where
 *  it repeats them exactly: a rule or a bit of the unit read as a 1 hides in it otherwise (839件
 *  read as 8391件). Where the detector read nothing there (a row of 0件 … 9件 at a page break whose
 *  cells the detector missed), there is nothing to repeat: the reading is judged as a plain number
 *  read there would be (confidence, ink width), and the table's sums then vouch for it or empty it. */
export function unitReadingAgrees(reread: string, was: string): boolean {
  return !COUNT_UNIT.test(tidyReading(reread, 1).text) || was === '' || digitsOf(reread) === was
}

/** A reading of faint ink wider than one glyph found around a sliver (CellRect.wide in grid-cells.ts):
 *  taken only where it repeats the detector's digits exactly (「396」 whose box ran over the cell's
 *  rule), or, where the detector read nothing, is one digit with its unit (「0件」, 「9件」). Several
 *  digits read there with no detector reading to repeat may be a faint number read short (398 as 98). */
export function wideReadingAgrees(reread: string, was: string): boolean {
  const t = tidyReading(reread, 1).text
  return was === '' ? /^\d\s*[件个项条次]$/.test(t) : digitsOf(reread) === was
}

function grow(ink: CellRect, pad: number): PixelBox {
  return { x: ink.x0 - pad, y: ink.y0 - pad, w: ink.x1 - ink.x0 + 2 * pad, h: ink.y1 - ink.y0 + 2 * pad, score: 1 }
}

/** A plain number, no look-alike in it, read surely enough. Zeros are taken with less confidence:
 *  the recogniser spreads a printed 0 over several round glyphs (see doubt.ts). A sure 无 is taken
 *  too: tables print it for none, and the detector often misses a lone faint 无 (the extractor
 *  takes it for 0 only where the row's total agrees; never a dash, which may be a thin 1). */
function taken(r: Decoded): boolean {
  const t = tidyReading(r.text, r.minConfidence)
  if (t.text === '无') return r.minConfidence >= TAKE_ABOVE
  // A reading with its unit (56件) is taken here as its number; it must then repeat the detector's
  // digits exactly (see rereadCells: a rule beside the ink read as 1 hides in it otherwise, 156件).
  const n = withoutUnit(t.text)
  if (!PLAIN_NUMBER.test(n) || t.guess) return false
  return r.minConfidence >= (/^0+$/.test(n) ? TAKE_ZERO_ABOVE : TAKE_ABOVE)
}
