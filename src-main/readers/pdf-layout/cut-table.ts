// A ruled table running past the page's right edge. LibreOffice Writer exports a table wider than
// the page as it is: the columns past the edge are not drawn and their text is not in the PDF at all.
// What is left to see: the table's horizontal rulings run into the page edge — no page is printed
// with a table's border on its very edge (review 9 F15, g03-tracked-prose.lodocx.pdf: table 三's 总计
// column and table 四's last 总计 cut off; a column border may happen to fall on the edge, so a
// vertical ruling there proves nothing). The extractor then knows a missing last column was not
// printed blank.
import type { Ruling } from './rulings'

/** A horizontal ruling ending this close to the page's right edge (or past it) runs into it. */
const EDGE = 1
/** Rulings of at least this length make a table's rows (not a short rule under a heading). */
const MIN_ROW_RULE = 60
/** At least this many such rulings: a table's row borders, not a line or two of page furniture. */
const MIN_ROWS = 3

export function tableCutAtRight(rulings: readonly Ruling[], pageWidth: number): boolean {
  return rulings.filter((r) => r.dir === 'h' && r.to >= pageWidth - EDGE && r.to - r.from >= MIN_ROW_RULE).length >= MIN_ROWS
}
