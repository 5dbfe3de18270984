// Thousands separators other than 「,」: an apostrophe (「1'227」, 「1’227」, 「1＇227」 — the Swiss way, and
// what some templates' number formats print), a middle dot (「1·227」) or a 顿号 (「1、227」). Read as two
// numbers, 「1」 and 「227」, the 「1」 of a cell and of its 总计 could both be left out "as a page number"
// and every sum still held (review hr34 W2: 1’227 read as 227, 1’449 as 449). Where a text uses such a
// sign only as a thousands separator — exactly three digits follow it once at least, never fewer
// (more only where a group runs into the next cell's digits), and no number starts with 0 before it —
// it is written as 「,」 (one character for
// one, so positions hold) and the cell reader takes it as it takes a comma: one grouped number, or,
// glued to more digits (crawled text 「115167'794」), a run whose cuts keep each group whole.
// Where the sign is used otherwise anywhere in the text (「1、2」), it is left as printed, and two numbers
// it joins are no reading's ground (signJoinedNumbers; for table 三's strays requests-spaced-digits.ts).
import type { CellToken } from './cells'

/** Signs that some print as thousands separators. */
const SIGNS = `'’‘＇′·・、`

/** Every place a sign stands between two digits, with what follows it. */
const BETWEEN_DIGITS = new RegExp(`(?<=\\d)([${SIGNS}])(?=\\d)`, 'g')

/** Exactly three digits after the sign end a grouped number. */
const GROUP_AFTER = /^\d{3}(?!\d)/
/**
 * More are a group run into the next cell's digits (crawled text 「2'276276'744」), which the cell reader
 * keeps untrusted (a glued run) — not a year or date (「2019·2020年」).
 */
const GROUP_RUN_ON = /^\d{4,}(?![\d年月日])/

/** A lead group standing alone that starts with 0 (「0、483」): no thousands-grouped number. */
function zeroLed(text: string, at: number): boolean {
  let i = at
  while (i > 0 && /\d/.test(text[i - 1]!)) i--
  return text[i] === '0' && at - i <= 3 && !/\d/.test(text[i - 1] ?? '')
}

/** The signs of `text` used only as thousands separators. */
function thousandsSigns(text: string): Set<string> {
  const used = new Set<string>()
  const other = new Set<string>()
  BETWEEN_DIGITS.lastIndex = 0
  for (const m of text.matchAll(BETWEEN_DIGITS)) {
    const sign = m[1]!
    const after = text.slice(m.index + 1, m.index + 40)
    if (zeroLed(text, m.index)) other.add(sign)
    else if (GROUP_AFTER.test(after)) used.add(sign)
    else if (!GROUP_RUN_ON.test(after)) other.add(sign)
  }
  // (A sign only ever followed by longer runs is not shown to be a thousands separator: never in `used`.)
  for (const s of other) used.delete(s)
  return used
}

/** `text` with the signs it uses as thousands separators (and only those places) written as 「,」; same length. */
export function thousandsSignsAsCommas(text: string): string {
  if (!/\d[^\d\s]\d/.test(text)) return text
  const signs = thousandsSigns(text)
  if (signs.size === 0) return text
  return text.replace(BETWEEN_DIGITS, (s: string) => (signs.has(s) ? ',' : s))
}

/**
 * The one sign between two numbers on one line (spaces at most around it), or null: 「1’227」, also a sign
 * this file does not know (「1‚227」, 「1˙227」). A thousands separator as likely as a bound between two
 * cells, so no reading may rest on either: not a cell border (「|」, a table cell), a bracket, or the
 * plus that signs the number after it.
 */
export function signBetween(gap: string): string | null {
  const m = /^[ \u00a0\u3000]*([\p{P}\p{S}])[ \u00a0\u3000]*$/u.exec(gap)
  return m && !NOT_A_JOINING_SIGN.includes(m[1]!) ? m[1]! : null
}
const NOT_A_JOINING_SIGN = '|+＋()（）[]［］【】〔〕《》<>「」『』\uE000'

/** The printed text of the first two neighbouring numbers of a row (`tokens` in text order) that one sign joins, or null. */
export function signJoinedNumbers(text: string, tokens: readonly CellToken[]): string | null {
  // Neighbours in the row (a dash cell between two numbers is a cell of its own, not a sign joining them).
  const isNumber = (t: CellToken): boolean => t.digits !== '' && !t.dash
  for (let i = 1; i < tokens.length; i++) {
    const [a, b] = [tokens[i - 1]!, tokens[i]!]
    if (isNumber(a) && isNumber(b) && signBetween(text.slice(a.end, b.start))) return text.slice(a.start, b.end)
  }
  return null
}
