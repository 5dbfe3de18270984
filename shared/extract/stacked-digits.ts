// Numbers on two lines of one table cell (two paragraphs, or a line break, in a DOCX, HTML or ODT
// cell: 「9」 then 「10」). Those formats wrap a long number in a narrow cell by the layout alone, with no
// break in the text, so a break the text holds was typed: the cell holds two numbers, or one number the
// writer broke by hand. Which cannot be told: glued into one (「910」) it was a wrong number (issue 10).
// Such a cell is one untrusted token of unknown value (cells.ts CellToken.spaced, stacked), its row or
// table left unread with a note. Positioned formats (PDF, OFD, OCR) join a cell's lines their own way
// (grid-table-join.ts keeps two stacked counts apart) and are not marked here.

/** Stands for a line break between two numbers of one cell (six-per-em space: no report prints it). */
export const LINE_GAP = '\u2006'

/**
 * A line that is one count and nothing else: digits, thousands separators or a decimal point inside, a
 * unit at most. (A line ending in a separator, 「1,」 then 「234」, is one number broken at its group: joined.)
 */
const NUMBER_LINE = /^[0-9０-９](?:[0-9０-９,，.．]*[0-9０-９])?(?:件|个|条|项|次|万元|元)?$/

/** A cell's text with its number lines joined by LINE_GAP where it holds two or more of them and nothing
 *  else; else as it was. */
export function markStackedNumbers(cell: string): string {
  if (!cell.includes('\n')) return cell
  const lines = cell.split('\n').map((l) => l.trim()).filter((l) => l !== '')
  return lines.length > 1 && lines.every((l) => NUMBER_LINE.test(l)) ? lines.join(LINE_GAP) : cell
}

/** A stacked cell as it can be quoted in a note (its lines parted by 「／」). */
export const shownStacked = (printed: string): string => printed.split(LINE_GAP).join('／')

/** What a note says of a stacked cell quoted as `shown`. */
export const stackedWords = (shown: string): string => `有一格内分行印有「${shown}」，是两个数还是一个折行的数不能确定`
