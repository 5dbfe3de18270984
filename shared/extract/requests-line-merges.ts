// A table-三 row whose cells the text prints on two or three lines: in a PDF row whose long label wraps,
// a cell whose own text wraps too (「214件」 in a narrow column) sits higher than the others, and
// `pdftotext -layout` prints it on the label's first line, the other cells on the next line (review
// rv24: 「（二）部分公开… 214」 over 「161 0 13 35 0 5」 is 161 0 13 35 0 5 214). Every merge of the
// lines keeping each line's order is a reading (line-merges.ts). Only readings holding the row's total
// stay — one is proven; several go to the table's sums (requests-solve.ts reads only cells they all
// agree on, or the one reading the column identities allow).
import type { RequestRow } from '../model/report'
import type { CellToken } from './cells'
import type { SumRule } from './digit-split'
import { dashesInAll, mergedReadings } from './line-merges'

export interface LineMerges {
  /** The distinct readings (cells in column order) that hold the row's sums; maybe none. */
  holding: RequestRow[]
  /** Every distinct reading, held or not. */
  all: RequestRow[]
  /** Columns that are a dash in every kept reading (the holding ones, or all where none holds). */
  dashes: number[]
}

/**
 * The readings of one row's `width` tokens printed over 2–3 lines, or null where the row is on one line
 * (or on more lines than a wrap makes, or holds a token whose cell bounds are unsure).
 */
export function lineMergeReadings(tokens: readonly CellToken[], text: string, width: number, rules: readonly SumRule[]): LineMerges | null {
  // Digits that may be one space-grouped number (「22 167」) are still two cells here: joined, the row
  // would be a cell short (review rv24 Y_R13: the wrapped 其他 and 总计 printed so on the label's line).
  if (tokens.length !== width || tokens.some((t) => t.glued || t.numeral || t.value === null)) return null
  const merged = mergedReadings(text, tokens, rules)
  if (!merged) return null
  const { all, holding } = merged
  return { holding: holding.map((r) => r.row), all: all.map((r) => r.row), dashes: dashesInAll(holding.length ? holding : all) }
}
