// Section 二 cells printed as something other than a count, that the cell reader skips (a percentage,
// a count with its words, a number in brackets): 「-5.8%」「增加7项」「(7)」. Skipped, they leave the row a
// number short; the note then names the cell, not a count problem.

/** A percentage, a change written with its words and unit, or a bare number in brackets. */
const ODD_CELL = /[-－−+＋增减]?[ \u3000]*\d+(?:\.\d+)?[ \u3000]*[%％]|(?:增加|减少|增|减)[ \u3000]*\d+[ \u3000]*[项个件条]|[（(][ \u3000]*[-－−]?\d+[ \u3000]*[)）]/

/** The first such cell printed in a row's text, as printed; null if none. */
export function oddCellIn(rowText: string): string | null {
  return ODD_CELL.exec(rowText)?.[0].trim() ?? null
}
