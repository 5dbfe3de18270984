// Numbers glued into words between a row's label and the run of cells given to it: a label whose
// row's cells overflow into its own words (OFD of glyphs placed one by one, cells too narrow:
// 「（二）部分公 开3（8 区4分 处0 理0的 ，1 只1计 这44」). The row's own cells are then those, not
// the run after them, which is another row's whose label was not found; so the run is not shown to be
// this label's, and only the table's sums may place it. Pure helper of requests-table.ts.

/** A label's own numbering (「1.」「2、」) is no cell. */
const ORDINAL = /\d+[.．、](?!\d)/g

/**
 * Whether two numbers or more stand in the words between the label ending at `labelEnd` and the run
 * starting at `runStart`. (One number there is a label wrapped around its row's first cell, in stream
 * order: requests-cut-label.ts and the run's gap reading handle that one.)
 */
export function numbersAfterLabel(text: string, labelEnd: number, runStart: number): boolean {
  if (runStart <= labelEnd) return false
  return (text.slice(labelEnd, runStart).replace(ORDINAL, ' ').match(/\d+/g) ?? []).length >= 2
}
