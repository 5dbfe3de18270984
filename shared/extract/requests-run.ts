// One run of table-三 cells read as whole rows: plainly where the count fits, else by the row sums
// (run-together digits cut, a missing cell, a page number among the cells).
import type { RequestRow } from '../model/report'
import type { CellToken } from './cells'
import { splitRow, splitRowWithBlanks, type SumRule } from './digit-split'
import { readingsWithGap, readWithoutStrays } from './requests-readings'

/** Cells in a row of table 三 (six applicant columns and 总计). */
export const WIDTH = 7

/** One run read as rows: each row's candidate readings, and the columns printed as dashes. */
export interface RunReading {
  rows: RequestRow[][]
  dashes: number[][]
  /** Numbers left out of the run (a page number among the cells) so that every row's total holds. */
  dropped?: string[]
  /** One cell short: the candidates place the missing cell in each column, for the column sums. */
  gap?: boolean
  /** Cut from run-together digits: an empty cell in a candidate is a blank the text dropped (0 in the sums). */
  blanks?: boolean
}

/**
 * Reads one run of tokens as `rows` rows of `width` cells (7, or 8 with a 小计 column), or says it
 * cannot. `rules`: the row's sums, for splitting run-together digits (null: no split).
 */
export function readRun(tokens: CellToken[], rows: number, width: number, rules: SumRule[] | null): RunReading | null {
  if (tokens.some((t) => t.glued)) return null
  if (tokens.length === rows * width) {
    const out: RunReading = { rows: [], dashes: [] }
    for (let r = 0; r < rows; r++) {
      const cells = tokens.slice(r * width, (r + 1) * width)
      out.rows.push([cells.map((t) => t.value)])
      out.dashes.push(cells.flatMap((t, c) => (t.dash ? [c] : [])))
    }
    return out
  }
  if (rows === 1 && tokens.length < width && rules) {
    // Split readings keep only those whose row sums hold, so a dash among them is a proven 0. A blank
    // cell the text dropped is one more way the digits may lie: readings with such blanks join the
    // candidates (a cell is read only where all agree), but never stand alone — where no reading
    // without blanks fits, the report's own sums may be wrong and a blank would only hide that.
    const plain = splitRow(tokens, width, rules)
    const withBlanks = plain.length ? splitRowWithBlanks(tokens, width, rules) : []
    if (withBlanks === undefined) return null
    if (withBlanks.length) return { rows: [withBlanks], dashes: [[]], blanks: true }
    const gaps = width === WIDTH ? readingsWithGap(tokens) : []
    return gaps.length ? { rows: [gaps], dashes: [[]], gap: true } : null
  }
  const loose = rules ? readWithoutStrays(tokens, rows, width, rules) : null
  return loose ? { rows: loose.rows.map((r) => [r]), dashes: loose.rows.map(() => []), dropped: loose.dropped } : null
}
