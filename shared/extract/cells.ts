// Reads the cell values out of a stretch of table text.
//
// A cell is a number ("405", "253900 万元", "减 167" = −167, "24252.311082"), a dash or slash
// (the report's way of writing none: 0), or an empty table cell (BLANK_CELL: null, not stated).
// Digits that are not cells are skipped: notes in brackets inside a cell ("3（市政府本级无纠错件；
// …各 1 件）" is 3), the number of a sub-row label ("2.其他法律…": the 2 belongs to the label,
// even when run into the previous row's digits as in "00000002.其他…"), years ("2020年").
import { blankInlinePageMarkers } from './inline-page-markers'
import { BLANK_CELL } from './flat-marks'
import { toAsciiDigits, zeroSignCellsAsDigits } from './numbers-cn'
import { unboundedNumerals } from './numeral-words'
import { LETTER_GAP } from './grouped-digits'
import { LINE_GAP } from './stacked-digits'
import { thousandsSignsAsCommas } from './thousands-signs'
import { footnoteRefRanges, noteRanges } from './cell-notes'

export interface CellToken {
  /** `null` for an empty cell. */
  value: number | null
  /** The digits as printed (no sign, no separators); '' for a blank, '0' for a dash. */
  digits: string
  /** True when the token is a plain digit run that may hold several run-together cells. */
  splittable: boolean
  /**
   * True when digits run straight into a thousands group ("1357,539": 135 | 7,539 or 1,357 | 539?):
   * where the cells start cannot be told, so this token and the next are not to be trusted.
   */
  glued?: boolean
  /**
   * True when the token may be a digit group of one space-grouped number (「1 391」 in text whose
   * cell bounds are unknown; grouped-digits.ts): it is never left out as a stray figure.
   */
  grouped?: boolean
  /**
   * True when a cell separator of a table row stands beside the token on its line (a table's cells:
   * PDF/OFD ruled cells, DOCX/HTML cells): a printed cell, never left out as a stray figure to make the
   * row's sums hold (review hr33 W2: a ruled row re-split to fit its total, two real cells dropped).
   */
  inRow?: boolean
  /**
   * A glued run taken whole ("3,001536143,119": cells run together, some printed with thousands
   * separators): the digit indexes a separator stood before. A cut of `digits` into cells is then
   * one where every piece is a plain number or a whole thousands-grouped one (digit-split).
   */
  commas?: number[]
  /** A count in Chinese numerals with no printed bounds (numeral-words.ts): a cell of unknown value, untrusted. */
  numeral?: boolean
  /**
   * A cell the source bounds (DOCX, HTML, Markdown, tab fields) holding single digits apart by spaces
   * (「2 6件」: a font's wide letter-spacing; grouped-digits.ts LETTER_GAP): one number or several cannot
   * be told (spaced-digit-cells.ts). One cell of unknown value, untrusted (`glued`), never 2 and 6.
   */
  spaced?: boolean
  /** A spaced cell whose numbers stand on two lines of the cell (stacked-digits.ts): quoted so in a note. */
  stacked?: boolean
  /** A count, its unit and more digits in one cell (「790件5」: a footnote mark after the unit?): a cell of unknown value, untrusted (`glued`). */
  unitMarked?: boolean
  /** True for a dash or slash cell ("—", "－", "/"): read as 0, unless the row's own total says otherwise. */
  dash?: boolean
  start: number
  end: number
}

export function normalizeDigits(s: string): string {
  // A full-width decimal point between digits (８７．３) is a decimal point; one character for one,
  // so positions hold.
  return toAsciiDigits(s).replace(/(?<=\d)．(?=\d)/g, '.')
}

const LABEL_MARK = '\u0001'

// A number, optionally signed by 增/减 words, an arrow (↑12 / ↓12, the 2019 template's 本年增/减) or a
// minus; thousands separators only in groups of 3.
// A minus must touch its digits, or a dash cell followed by the next cell would read as negative.
// An arrow printed right after a number signs that number (「7↓」 = −7), not the next one: an arrow
// touching the digits before it is never read as the sign of the number after it (「7↓ 1103」 was
// 7 | −1103). A sign word may be followed by a colon (「减：7」 = −7).
const NUMBER = /(?:(增加|减少|增|减|(?<![\d.])[↑↓▲▼])[ \u3000]*[：:]?[ \u3000]*|([-－−]))?(\d{1,3}(?:[,，]\d{3})+(?![\d])|\d+)(?:\.(\d+))?([↑↓▲▼])?/g
/**
 * Digits and thousands separators run together past one number ("3,001536143,119"): unsigned, no
 * decimal part, every separator followed by at least three digits. Read as one token whose cuts
 * keep each separator inside a thousands-grouped number (see CellToken.commas).
 */
const GLUED_RUN = /(?<![\d.,，\-－−增减少加↑↓▲▼])\d+(?:[,，]\d{3,})+(?![\d.,，])/g
const ONE_GROUPED_NUMBER = /^\d{1,3}(?:[,，]\d{3})+$/

/** A number's digits set apart by letter-spacing in a cell whose bounds the source gives (grouped-digits.ts LETTER_GAP). */
/** Numbers on two lines of one cell (stacked-digits.ts LINE_GAP), a unit after each at most. */
const STACKED = `\\d[\\d,，.]*(?:件|个|条|项|次|万元|元)?(?:${LINE_GAP}\\d[\\d,，.]*(?:件|个|条|项|次|万元|元)?)+`
const SPACED_CELL = new RegExp(`[1-9](?:${LETTER_GAP}\\d)+|${STACKED}`, 'g')

/** The letter-spaced cells of `text` as tokens (CellToken.spaced), and the text with them blanked out (same length). */
function spacedCells(text: string): { tokens: CellToken[]; text: string } {
  const tokens: CellToken[] = []
  if (!text.includes(LETTER_GAP) && !text.includes(LINE_GAP)) return { tokens, text }
  SPACED_CELL.lastIndex = 0
  const out = text.replace(SPACED_CELL, (m: string, at: number) => {
    tokens.push({ value: null, digits: '?', splittable: false, glued: true, spaced: true, ...(m.includes(LINE_GAP) ? { stacked: true } : {}), start: at, end: at + m.length })
    return ' '.repeat(m.length)
  })
  return { tokens, text: out }
}

/** The glued runs of `text` as tokens, and the text with them blanked out (same length). */
function gluedRuns(text: string): { tokens: CellToken[]; text: string } {
  const tokens: CellToken[] = []
  GLUED_RUN.lastIndex = 0
  const out = text.replace(GLUED_RUN, (m, at: number) => {
    if (ONE_GROUPED_NUMBER.test(m)) return m
    // A date or count in a sentence, not cells (as for NUMBER below).
    if (/^[ \u3000]*[年月日%％件个条项次人家]/.test(text.slice(at + m.length, at + m.length + 3))) return m
    const commas: number[] = []
    let digits = ''
    for (const ch of m) {
      if (ch === ',' || ch === '，') commas.push(digits.length)
      else digits += ch
    }
    tokens.push({ value: Number(digits), digits, splittable: true, glued: true, commas, start: at, end: at + m.length })
    return ' '.repeat(m.length)
  })
  return { tokens, text: out }
}
// A dash cell: a lone dash or slash between separators.
const DASH = /(^|[\s\t])([-－—–―/／]{1,3})(?=[\s\t]|$)/g
// A cell that says "none" in words: 无 alone as a table cell. Like a dash it is the report's
// way of writing none, so it is read as a dash is (0 only where the table's sums do not contradict it).
// Only between cell separators: a label spaced out letter by letter (4 . 无 正 当 …) holds a lone 无 too.
const NONE_WORD = /(?<=^|\t)([ \u3000]*)(无)(?=[ \u3000]*(?:\t|$))/gm
// A table cell (between cell separators) that holds neither a number nor words: a letter O typed for
// a zero, a stray mark (x, *, ?), or words that say nothing countable (不涉及, 暂无). It stays a cell
// of its own, read as not stated (null) like a blank: were it skipped, the next cells would move up
// one column and be read as wrong numbers.
const UNREADABLE_CELL = /(?<=^|\t)[ \u3000]*([A-Za-z×✕＊*?？…]{1,3}|不涉及|暂无|未统计|无数据)[ \u3000]*(?=\t|$)/gm
// The number of a sub-row label, e.g. "2." before "其他法律行政法规禁止公开".
// Spaces may stand inside a label ("1 . 属 于 国 家 秘 密"), but not across a cell border.
const LABEL_PREFIX = /\d[ \u3000]*[.．、](?=[ \u3000]*[\u4e00-\u9fff“"])/g
// The same numbered with a half bracket: 「1)属于国家秘密」 (review hr34 W5: the 1 read as a cell, rows shifted).
// Only at a line's start or after a separator, so that 「(1)」 stays the bracketed number it is.
const HALF_BRACKET_LABEL_PREFIX = /(?<=^|[\s\u3000])\d{1,2}[ \u3000]*[)）](?=[ \u3000]*[\u4e00-\u9fff“"])/gm
/** A line that is only a page marker (a page footer left between a table's rows): — 7 —, 第 2 页 共 4 页. */
export const PAGE_MARKER_LINE = /^[ \u3000]*(?:[—–－―-]{1,2}[ \u3000]*\d{1,3}[ \u3000]*[—–－―-]{1,2}|第[ \u3000]*\d{1,3}[ \u3000]*页(?:[ \u3000]*[,，/]?[ \u3000]*共[ \u3000]*\d{1,3}[ \u3000]*页)?|\d{1,3}[ \u3000]*\/[ \u3000]*\d{1,3})[ \u3000]*$/gm

/** The line around `start`..`end`: its text before `start`, its whole text, its text after `end`. */
function lineAround(text: string, start: number, end: number): { before: string; line: string; after: string } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const nl = text.indexOf('\n', end)
  const lineEnd = nl < 0 ? text.length : nl
  return { before: text.slice(lineStart, start), line: text.slice(lineStart, lineEnd), after: text.slice(end, lineEnd) }
}

/** Whether the line around `at` is a row of table cells (it holds a cell separator). */
const onCellLine = (text: string, at: number): boolean => lineAround(text, at, at).line.includes('\t')

/** Only separators (or nothing) between a line's start or last cell separator and here. */
const AFTER_SEPARATOR = /(?:^|[\t\uE000])[ \u3000]*$/

/** As AFTER_SEPARATOR, with a footnote mark the reader wrote as superscript/subscript digits after it. */
const AFTER_SEPARATOR_AND_MARK = /(?:^|[\t\uE000])[ \u3000]*[⁰¹²³⁴⁵⁶⁷⁸⁹₀-₉]{0,2}[ \u3000]*$/

/** A count with its unit that fills a table cell on its own: separators (or the line's ends) on both sides, on a line of cells. */
function isUnitCell(text: string, start: number, end: number): boolean {
  const { before, line, after } = lineAround(text, start, end)
  // A footnote mark the reader kept as superscript may follow the unit (「3件⁹」), or a circled number or star (「3件①」).
  // A mark may stand before the count too (「⁷665件」: a digit the page hides only in print, kept as a mark by the reader).
  return line.includes('\t') && AFTER_SEPARATOR_AND_MARK.test(before) && /^[ \u3000]*[件个条项次][ \u3000]*[⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾₀-₉\u2460-\u2473*＊]*[ \u3000]*(?:[\t\uE000]|$)/.test(after)
}

/**
 * Where a cell ends that holds a count, its unit and more digits (「790件5」, 「790件 5」: a footnote mark
 * typed after the unit, or the unit printed in one cell only) and nothing else; null otherwise.
 */
function markedUnitCell(text: string, start: number, end: number): number | null {
  const { before, line, after } = lineAround(text, start, end)
  const m = line.includes('\t')
    ? AFTER_SEPARATOR.test(before) ? /^[ \u3000]*[件个条项次][ \u3000]*\d{1,3}[ \u3000]*(?=[\t\uE000]|$)/.exec(after) : null
    : /(?:^|[ \u3000\uE000])$/.test(before) ? /^[件个条项次][ \u3000]*\d{1,3}(?=[ \u3000\uE000]|$)/.exec(after) : null
  return m ? end + m[0].length : null
}

function blankOut(text: string, re: RegExp): string {
  re.lastIndex = 0
  return text.replace(re, (m) => ' '.repeat(m.length))
}

/**
 * The cell tokens of `text` (positions are relative to `text`). `exclude` lists ranges (e.g. row
 * labels) whose digits are not cells.
 */
export function readCells(rawText: string, exclude: [number, number][] = []): CellToken[] {
  // Label numbers first: they are recognised by the label text that follows them.
  let text = blankOut(blankOut(normalizeDigits(zeroSignCellsAsDigits(rawText)), LABEL_PREFIX), HALF_BRACKET_LABEL_PREFIX)
  const chars = text.split('')
  // Notes vanish (spaces); labels become a mark that no number or sign word reaches across.
  for (const [a, b] of [...noteRanges(text), ...footnoteRefRanges(text)]) for (let i = a; i < b && i < chars.length; i++) if (chars[i] !== BLANK_CELL) chars[i] = ' '
  for (const [a, b] of exclude) for (let i = a; i < b && i < chars.length; i++) if (chars[i] !== BLANK_CELL) chars[i] = LABEL_MARK
  text = chars.join('')
  text = blankInlinePageMarkers(blankOut(text, PAGE_MARKER_LINE))
  // 「1’227」, 「1·227」, 「1、227」: a thousands separator other than a comma, read as a comma is (thousands-signs.ts).
  text = thousandsSignsAsCommas(text)

  const spaced = spacedCells(text)
  text = spaced.text
  const runs = gluedRuns(text)
  text = runs.text
  const tokens: CellToken[] = [...spaced.tokens, ...runs.tokens]
  NUMBER.lastIndex = 0
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    // A date or percentage, not a cell ("2020年", "2020 年"); on the next line 年 is another cell's label.
    if (/^[ \u3000]*[年月日%％]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue
    // A count in a sentence ("申请3件", "5个"), not a cell; unless it is a whole table cell with its
    // unit ("6件" between cell separators: a table that prints its units in the cells).
    if (/^[ \u3000]*[件个条项次人家]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && !isUnitCell(text, m.index, m.index + m[0].length)) {
      // A cell whose count and unit are followed by more digits (「790件5」: a footnote mark typed
      // after the unit): the count or the digits after it, which is the cell cannot be told.
      const marked = markedUnitCell(text, m.index, m.index + m[0].length)
      if (marked) {
        tokens.push({ value: null, digits: '?', splittable: false, glued: true, unitMarked: true, start: m.index, end: marked })
        NUMBER.lastIndex = marked
      }
      continue
    }
    const sign = m[5] ?? m[1] ?? m[2] ?? ''
    const printed = m[3] ?? ''
    const intDigits = printed.replace(/[,，]/g, '')
    const frac = m[4]
    const negative = sign === '减' || sign === '减少' || sign === '↓' || sign === '▼' || sign === '-' || sign === '－' || sign === '−'
    const value = Number(intDigits + (frac ? '.' + frac : '')) * (negative ? -1 : 1)
    const end = m.index + m[0].length
    const glued = /^[,，]\d{3}/.test(text.slice(end, end + 4)) || (/[,，]/.test(text[m.index - 1] ?? '') && /\d/.test(text[m.index - 2] ?? ''))
    tokens.push({
      value: Object.is(value, -0) ? 0 : value,
      digits: intDigits,
      splittable: !sign && !frac && printed === intDigits,
      start: m.index,
      end,
      ...(glued ? { glued } : {}),
    })
  }
  DASH.lastIndex = 0
  for (let m = DASH.exec(text); m; m = DASH.exec(text)) {
    const start = m.index + (m[1]?.length ?? 0)
    tokens.push({ value: 0, digits: '0', splittable: false, dash: true, start, end: start + (m[2]?.length ?? 1) })
  }
  NONE_WORD.lastIndex = 0
  for (let m = NONE_WORD.exec(text); m; m = NONE_WORD.exec(text)) {
    const start = m.index + (m[1]?.length ?? 0)
    // 无 only as a table cell (a line of cells): a label wrapped in text may leave 无 alone on a line (4.无正当理由…).
    if (!onCellLine(text, start)) continue
    tokens.push({ value: 0, digits: '0', splittable: false, dash: true, start, end: start + 1 })
  }
  UNREADABLE_CELL.lastIndex = 0
  for (let m = UNREADABLE_CELL.exec(text); m; m = UNREADABLE_CELL.exec(text)) {
    // Only in a line of table cells: in prose a lone letter is no cell.
    if (!onCellLine(text, m.index)) continue
    tokens.push({ value: null, digits: '', splittable: false, start: m.index, end: m.index + m[0].length })
  }
  // A count in Chinese numerals glued among the cells (「2件一4件」): a cell whose bounds are not
  // printed. It makes the run untrusted (glued), so the row is left unread with a note, not cut.
  for (const [start, end] of unboundedNumerals(text)) tokens.push({ value: null, digits: '?', splittable: false, glued: true, numeral: true, start, end })
  for (let i = text.indexOf(BLANK_CELL); i >= 0; i = text.indexOf(BLANK_CELL, i + 1)) {
    tokens.push({ value: null, digits: '', splittable: false, start: i, end: i + 1 })
  }
  return tokens.sort((a, b) => a.start - b.start)
}

/**
 * A cell standing between spaces (a number or a dash). pdftotext -layout prints a wrapped label's
 * first part, then the row's cells, then the rest of the label on the next line ("其他对外管理    19
 * 增2    3558\n服务事项", "2.其他法律行政法    30  1 …\n规禁止公开"); masking the cells out lets the
 * label be matched whole. Tables 二 and 三 both use it.
 */
const CELL_BETWEEN_SPACES = /(?<=[ \u3000\t])(?:(?:增加|减少|增|减|[↑↓▲▼])?[\d０-９][\d０-９,，.．]*(?:万元|元)?|[-－—–―/／]{1,3})(?=[ \u3000\t]|$)/gm

/** `text` with its space-separated cells blanked out (same length), for matching labels. */
export function maskSpacedCells(text: string): string {
  return text.replace(CELL_BETWEEN_SPACES, (m) => ' '.repeat(m.length))
}
