// Digits set apart by spaces inside one table cell (a font's wide letter-spacing: 「2 6」 for 26, Word
// w:spacing → DOCX, HTML, Markdown, crawled text): read as printed they are two numbers, 2 and 6, and a
// row short of cells takes them as two cells, or one of them is left out as a stray (issue 10). Where the
// source gives the cell (grouped-digits.ts LETTER_GAP) such a cell is one untrusted token (cells.ts
// CellToken.spaced). Elsewhere a space between digits proves a cell bound only where the row's cells are
// bounded by spaces and nothing else; where the row shows other bounds (cells one a line, a label run
// straight into its digits as crawled text prints it), which digits make one number is not printed.
// Such a row is not proven: it is left unread with a note, never read one way.
import type { CellToken } from './cells'
import { LETTER_GAP } from './grouped-digits'
import { shownStacked, stackedWords } from './stacked-digits'

/** One horizontal space between two digit groups (pdftotext -layout parts cells by wider gaps). */
const SPACE = '[ \\u00a0\\u2009\\u202f\\u3000]'
const ONE_SPACE = new RegExp(`^${SPACE}$`)
/** Digits one space after / before a number (half- or full-width). */
const DIGITS_AFTER = new RegExp(`^${SPACE}[0-9０-９]+`)
const DIGITS_BEFORE = new RegExp(`[0-9０-９]+${SPACE}$`)

/** The printed text of `t` (a spaced cell's gaps as the spaces they were, a stacked cell's lines parted by 「／」). */
export const printedSpaced = (text: string, t: { start: number; end: number }): string => shownStacked(text.slice(t.start, t.end).split(LETTER_GAP).join(' '))

/** What a note of section 二 or table 四 says of a spaced cell quoted as `shown` (`stacked`: on two lines of the cell). */
export const spacedWords = (shown: string, stacked = false): string =>
  stacked ? stackedWords(shown) : `数字间有空格（如「${shown}」），无法确定是一个数还是两个数（字距较宽时一个数的各位会被空格隔开）`

/**
 * The printed text of a row's spaced cell (CellToken.spaced), or of the first two neighbouring numbers of
 * a row (`tokens`, in text order; `labelEnd` where its label ends) one space apart where the row shows
 * that spaces are not its cell bounds (module comment), or null.
 */
export function spacedDigitsInCell(text: string, tokens: readonly CellToken[], labelEnd: number): string | null {
  // A cell the source bounds, taken as spaced (cells.ts CellToken.spaced).
  const cell = tokens.find((t) => t.spaced)
  if (cell) return printedSpaced(text, cell)
  const nums = tokens.filter((t) => t.digits !== '' && !t.dash)
  for (let i = 1; i < nums.length; i++) {
    const a = nums[i - 1]!
    const b = nums[i]!
    if (ONE_SPACE.test(text.slice(a.end, b.start)) && otherBounds(text, tokens, labelEnd)) return text.slice(a.start, b.end)
  }
  // Digits one space from a number that are no cell of the row (「1 1件」 / 「1 1 件」: the 「1件」 taken for a
  // count in words and left out, the row read 1 for 11): the row's cells are not what was printed.
  const isToken = (pos: number): boolean => tokens.some((x) => x.start <= pos && pos < x.end)
  for (const t of nums) {
    const after = DIGITS_AFTER.exec(text.slice(t.end, t.end + 24))
    const before = DIGITS_BEFORE.exec(text.slice(Math.max(0, t.start - 24), t.start))
    const loose = (after && !isToken(t.end + 1)) || (before && !isToken(t.start - before[0].length))
    if (loose) return text.slice(t.start - (before?.[0].length ?? 0), t.end + (after?.[0].length ?? 0))
  }
  return null
}


/** Whether the row shows cell bounds other than spaces: cells one a line, or no bound at all. */
function otherBounds(text: string, tokens: readonly CellToken[], labelEnd: number): boolean {
  const first = tokens[0]!
  const last = tokens.at(-1)!
  // Its numbers on several lines, or its label on a line of its own before them (crawled text, plain pdftotext).
  if (text.slice(first.start, last.end).includes('\n')) return true
  if (first.start >= labelEnd && text.slice(labelEnd, first.start).includes('\n')) return true
  // The label run straight into the first number (crawled text run together).
  return first.start >= labelEnd && first.start > 0 && /[\u4e00-\u9fff]/.test(text[first.start - 1]!)
}
