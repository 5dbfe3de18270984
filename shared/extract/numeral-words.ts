// Counts typed in Chinese numerals among a table row's numbers in text without table structure
// (pdftotext, crawled pages, tab text): 「权益 十一 2 〇 0 〇 0 13」. Where spacing bounds the word it
// is one cell and is written as its number, so the table readers see the row's seven cells (before:
// 十一 gave no number and 13 was cut 1 | 3 to fill the missing cell, "proven" by the row's total).
// Where nothing bounds it (glued to a label or to other cells: 「数量一0件」) it is marked for the
// table readers, which leave the row unread with a note rather than guess.
import { CN_NUMERAL_CHARS, cnCountToInt } from './numbers-cn'

/** A word that is a count in Chinese numerals and nothing else (a change 「增一」, a unit 「十一件」). */
const NUMERAL_WORD = new RegExp(`^([增减+＋\\-－]?)([${CN_NUMERAL_CHARS}万]+)([件个条项次]?)$`)
/** A cell that is a number in digits (signed, grouped, with a unit), a dash / slash (none) or a zero sign 〇 (zeroSignCellsAsDigits). */
const NUMBER_WORD = /^(?:(?:增加|减少|[增减+＋\-－−↑↓▲▼])?[\d０-９][\d０-９,，.．]*(?:[件个条项次]|万元|元)?|[-－—–―/／]{1,3}|[〇○零]|\uE000)$/
/**
 * A single character that is no number and no numeral (a Chinese character, a quote, a bracket): a
 * letter of a label spaced out character by character (「只 计 这 一   8」「及 “ 三   0件」). A numeral
 * beside it may be the label's own, so it is not taken as a cell.
 */
const letterSpaced = (word: string | undefined): boolean => {
  const w = word?.trim() ?? ''
  return [...w].length === 1 && !NUMBER_WORD.test(w) && !NUMERAL_WORD.test(w)
}

/** What parts cells in a text row: spaces, ideographic spaces, tabs, pipes. */
const SEPARATOR = /([ \u3000\t|]+)/

/** A numeral word's value in digits, keeping its sign word and unit; null if it is no count. */
function numeralAsDigits(word: string): string | null {
  const m = NUMERAL_WORD.exec(word)
  const n = m ? cnCountToInt(m[2]!) : null
  return m && n !== null ? `${m[1]}${n}${m[3]}` : null
}

/**
 * A line of text with every numeral word that stands as a cell among the row's numbers written in
 * digits: bounded by separators on both sides, and next to a number cell (or to another such word
 * that is, 「0 三 一 一 67」). A numeral word among words (a spaced label 「（ 三 ） 不 予」, 「第 二 十 条」)
 * stays as it is.
 */
export function numeralWordsAsDigits(line: string): string {
  if (!/[〇零○一二两三四五六七八九十百千]/.test(line)) return line
  const parts = line.split(SEPARATOR)
  // Even indexes are words, odd ones separators.
  const words = parts.filter((_, i) => i % 2 === 0)
  const digits = words.map((w) => (w === '' ? null : numeralAsDigits(w)))
  const taken = numeralsBesideNumbers(words, digits)
  if (!taken.some(Boolean)) return line
  let w = 0
  return parts.map((p, i) => (i % 2 === 1 ? p : taken[w++] ? digits[w - 1]! : p)).join('')
}

/**
 * Numerals that stand among a row's cells with nothing to bound them, in text whose labels are
 * masked: right after a number, a dash or a unit (「2件一4件」), or right before a number (「数量一0件」),
 * not a label's own numbering (「三、」「（一）」「第一项」). Their ranges [start, end).
 */
const UNBOUNDED_NUMERAL = new RegExp(
  `(?<![第（(${CN_NUMERAL_CHARS}万])[${CN_NUMERAL_CHARS}万]+(?![${CN_NUMERAL_CHARS}万]|[ \\u3000]*[、．.）)\\]项类条款是])`,
  'g',
)
// \u0001 marks a row label's text in readCells: a numeral right after a label's end is no part of it.
const CELL_BEFORE = /[\d０-９件个条项次\-－—–―/／\uE000\u0001][ \u3000]*$/
const WORD_AFTER = /^[ \u3000]*[\u4e00-\u9fff]/
const CELL_AFTER = /^[ \u3000\t]*[\d０-９\-－—–―/／\uE000]/

/** A line that is the numeral and nothing else (a cell per line whose neighbours are no numbers: values printed before their labels). */
function aloneOnLine(text: string, start: number, end: number): boolean {
  return /(?:^|\n)[ \u3000]*$/.test(text.slice(Math.max(0, start - 8), start)) && /^[件个条项次]?[ \u3000]*(?:\n|$)/.test(text.slice(end, end + 8))
}

export function unboundedNumerals(text: string): [number, number][] {
  if (!/[〇零○一二两三四五六七八九十百千]/.test(text)) return []
  const out: [number, number][] = []
  UNBOUNDED_NUMERAL.lastIndex = 0
  for (const m of text.matchAll(UNBOUNDED_NUMERAL)) {
    const start = m.index
    const end = start + m[0].length
    if (cnCountToInt(m[0]) === null) continue
    // After a cell but before words, it begins a label's wrapped rest (「只计这13 … 16一情形」).
    const before = CELL_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && !WORD_AFTER.test(text.slice(end, end + 4))
    if (before || CELL_AFTER.test(text.slice(end, end + 4)) || aloneOnLine(text, start, end)) out.push([start, end])
  }
  return out
}

/**
 * Text printed a cell per line (plain pdftotext, crawled pages): a line that is only a numeral word,
 * next to a line that is only a number (or such a word that is), is that cell's number. `lines` are
 * consecutive lines of text; returns them with those lines in digits.
 */
export function numeralLinesAsDigits(lines: readonly string[]): string[] {
  const words = lines.map((l) => l.trim())
  const digits = words.map((w) => numeralAsDigits(w))
  if (!digits.some((d) => d !== null)) return [...lines]
  const taken = numeralsBesideNumbers(words, digits)
  return lines.map((l, i) => (taken[i] ? digits[i]! : l))
}

/**
 * A line of numeral pieces and no number (「六            十六」 under 「九十 20 〇 0 0 0 一百一」): the rest of
 * cells wrapped onto the next line (a PDF converter keeps a cell's lines apart). Beside it, a
 * numeral may be cut short (九十 of 九十六), so the lines next to it are not read as numbers.
 */
function wrappedNumeralPieces(line: string): boolean {
  const words = line.split(SEPARATOR).filter((w, i) => i % 2 === 0 && w !== '')
  // Pieces only: a label spaced out letter by letter (「二 、 上 年 结」) holds other words too.
  return words.length > 0 && words.every((w) => numeralAsDigits(w) !== null && !/^[〇○零]$/.test(w))
}

/**
 * Consecutive lines of text (null: a line that is no text line, e.g. a table row), each with its
 * numeral cells written in digits where their bounds are known (numeralWordsAsDigits, then
 * numeralLinesAsDigits), except beside a line of wrapped numeral pieces.
 */
export function numeralTextLinesAsDigits(lines: readonly (string | null)[]): (string | null)[] {
  if (!lines.some((l) => l !== null && /[〇零○一二两三四五六七八九十百千]/.test(l))) return [...lines]
  const wrapped = lines.map((l) => l !== null && wrappedNumeralPieces(l))
  const words = lines.map((l, i) => (l === null || wrapped[i - 1] || wrapped[i + 1] ? l : numeralWordsAsDigits(l)))
  // A table row stands between text lines as a line that is neither a number nor a numeral.
  const converted = numeralLinesAsDigits(words.map((l) => l ?? '\u0000'))
  return words.map((l, i) => (l === null ? null : converted[i]!))
}

/**
 * Which words (those with a numeral reading in `digits`) stand next to a number, or to a numeral
 * word that does: the run grows along neighbouring numerals; never beside a letter-spaced label.
 */
function numeralsBesideNumbers(words: readonly string[], digits: readonly (string | null)[]): boolean[] {
  const isNumber = words.map((w) => NUMBER_WORD.test(w))
  const taken = words.map(() => false)
  for (let changed = true; changed; ) {
    changed = false
    digits.forEach((d, i) => {
      if (d === null || taken[i]) return
      const near = (j: number): boolean => j >= 0 && j < words.length && (isNumber[j]! || taken[j]!)
      if ((near(i - 1) || near(i + 1)) && !letterSpaced(words[i - 1]) && !letterSpaced(words[i + 1])) {
        taken[i] = true
        changed = true
      }
    })
  }
  return taken
}
