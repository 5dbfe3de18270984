// One run of table-三 cells read as whole rows: plainly where the count fits, else by the row sums
// (run-together digits cut, a missing cell, a page number among the cells).
import type { RequestRow } from '../model/report'
import type { CellToken } from './cells'
import { splitRow, splitRowWithBlanks, type SumRule } from './digit-split'
import { readingsWithGap, readWithoutStrays } from './requests-readings'
import { hiddenBlankReadings } from './hidden-blank'

/** Cells in a row of table 三 (six applicant columns and 总计). */
export const WIDTH = 7

/** One run read as rows: each row's candidate readings, and the columns printed as dashes. */
export interface RunReading {
  rows: RequestRow[][]
  dashes: number[][]
  /** Numbers left out of the run (a page number among the cells) so that every row's total holds. */
  dropped?: string[]
  /** Where the numbers left out stand (their starts in the text). */
  droppedAt?: number[]
  /** One cell short: the candidates place the missing cell in each column, for the column sums. */
  gap?: boolean
  /**
   * For a row one cell short: its readings were the missing cell a blank the text dropped (0 in the
   * sums, the row's total holding), for a table shown to drop its blanks (requests-table).
   */
  asBlanks?: RequestRow[]
  /** Cut from run-together digits: an empty cell in a candidate is a blank the text dropped (0 in the sums). */
  blanks?: boolean
  /** Only readings with a dropped blank hold the row's total: read only where the table's column sums hold too. */
  blanksOnly?: boolean
  /** Several rows cut from one run together: the run's readings, a row each (requests-feasible). */
  joint?: RequestRow[][]
  /** Under a remarks column: readings with one blank cell hiding a count (hidden-blank.ts). */
  hidden?: RequestRow[]
  /** Cut from more digits than cells: where the cells start only the row's own total told (see cutBySum). */
  bySum?: boolean
}

/**
 * More digits than cells (「34211281292」 for seven): the row's own total is all that placed the cuts,
 * and a cell the report left blank while its 总计 still counts it (a slip of the report, or a blank the
 * text dropped beside a written 0) makes a wrong cut hold that total as well (review hr27 F0: 3|4|2|1|1|281|292
 * for 34|21|12|_|8|12|92). Such a row is read only where an identity of the whole table takes it in and holds
 * (requests-solve.ts). Digits as many as cells are cut one a cell by their count, not by the total.
 */
export function cutBySum(tokens: readonly CellToken[], width: number): boolean {
  return tokens.reduce((n, t) => n + (t.splittable ? t.digits.length : 1), 0) > width
}

/**
 * Reads one run of tokens as `rows` rows of `width` cells (7, or 8 with a 小计 column), or says it
 * cannot. `rules`: the row's sums, for splitting run-together digits (null: no split).
 * `blankColumn`: the table prints a column blank throughout (requests-blank-column.ts).
 */
export function readRun(tokens: CellToken[], rows: number, width: number, rules: SumRule[] | null, blankColumn = false, keepWhole = false, hiddenBlanks = false): RunReading | null {
  const read = readRunAsPrinted(tokens, rows, width, rules, blankColumn, keepWhole)
  // `hiddenBlanks`: one row under a remarks column, where a cut of its run-together digits holding the
  // row's sums is no proof (a blank cell may hide a count its 总计 counts, hidden-blank.ts).
  if (!read || !hiddenBlanks || rows !== 1 || tokens.length >= width || !rules || !tokens.some((t) => t.splittable && t.digits.length > 1)) return read
  const hidden = hiddenBlankReadings(tokens, width, rules)
  return hidden?.length ? { ...read, hidden } : read
}

function readRunAsPrinted(tokens: CellToken[], rows: number, width: number, rules: SumRule[] | null, blankColumn: boolean, keepWhole: boolean): RunReading | null {
  // Digits glued across a thousands separator: only a cut that the sums hold can read them.
  const glued = tokens.some((t) => t.glued)
  if (glued && (!rules || tokens.some((t) => t.glued && !t.commas))) return null
  if (tokens.length === rows * width && !glued) {
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
    // candidates (a cell is read only where all agree). Where only readings with blanks fit, the row
    // is marked: the report's own row sum may be wrong and a blank would only hide that, so such a
    // row is read only where the table's column identities hold as well (requests-solve).
    // In a table with a blank column (requests-blank-column.ts) a row one number short is six cells
    // and a blank: its numbers are not cut.
    // `keepWhole`: numbers printed apart under a remarks column, where a row short of cells has blank
    // cells the text dropped: a cut of one of them holding the row's sum is no proof (「〇 〇 〇 〇 〇 １１」
    // with 自然人 blank is not 0|0|0|0|0|1|1, issue 10), so no number is cut.
    const uncut = (rs: (number | null)[][] | undefined): (number | null)[][] | undefined =>
      (blankColumn && tokens.length === width - 1) || keepWhole ? rs?.filter((r) => r.filter((x) => x !== null).length === tokens.length) : rs
    const plain = keepWhole ? [] : splitRow(tokens, width, rules)
    if (plain.length) {
      const withBlanks = uncut(splitRowWithBlanks(tokens, width, rules))
      if (withBlanks === undefined) return null
      if (withBlanks.length) return { rows: [withBlanks], dashes: [[]], blanks: true, ...(cutBySum(tokens, width) ? { bySum: true } : {}) }
    }
    const gaps = width === WIDTH && !glued ? readingsWithGap(tokens) : []
    if (gaps.length) {
      const asBlanks = uncut(splitRowWithBlanks(tokens, width, rules))
      return { rows: [gaps], dashes: [[]], gap: true, ...(asBlanks?.length ? { asBlanks } : {}) }
    }
    const found = splitRowWithBlanks(tokens, width, rules)
    const withBlanks = keepWhole ? uncut(found) : found
    return withBlanks?.length ? { rows: [withBlanks], dashes: [[]], blanks: true, blanksOnly: true } : null
  }
  const loose = rules && !glued ? readWithoutStrays(tokens, rows, width, rules) : null
  if (loose) return { rows: loose.rows.map((r) => [r]), dashes: loose.rows.map(() => []), dropped: loose.dropped, droppedAt: loose.droppedAt }
  return rules && rows > 1 ? readRowsWithBlanks(tokens, rows, width, rules) : null
}

/** Readings of several rows' run together that are compared before giving up. */
const MAX_JOINT = 3000

/**
 * Several labels, then one run of digits (crawled text: a row whose cells are all blank prints only
 * its label; or labels printed together before their numbers): the run is cut into the rows
 * together, each cell a number or a dropped blank, every row's total holding. The rows' readings
 * stay joined (a cut for one row decides what is left for the next); the table's column sums
 * choose among them (requests-solve), and only where they hold.
 */
function readRowsWithBlanks(tokens: CellToken[], rows: number, width: number, rules: SumRule[]): RunReading | null {
  const all = rules.flatMap((r) => Array.from({ length: rows }, (_, i) => ({ parts: r.parts.map((p) => p + i * width), total: r.total + i * width })))
  const found = splitRowWithBlanks(tokens, rows * width, all, MAX_JOINT)
  if (!found?.length) return null
  const joint = found.map((cells) => Array.from({ length: rows }, (_, i) => cells.slice(i * width, (i + 1) * width)))
  return { ...jointReading(joint), blanks: true, blanksOnly: true }
}

/** Several readings of a run's rows kept joined (the table's column sums choose among them,
 *  requests-solve): each row's distinct candidates, and the readings themselves. */
export function jointReading(joint: RequestRow[][]): RunReading {
  const rows = joint[0]?.length ?? 0
  const distinct = (i: number): RequestRow[] => [...new Map(joint.map((r) => [JSON.stringify(r[i]), r[i]!])).values()]
  return { rows: Array.from({ length: rows }, (_, i) => distinct(i)), dashes: Array.from({ length: rows }, () => []), joint }
}
