// The shapes table 三's reader works in: a row as read from the text (its candidate readings and
// how it met its cells), and the table as parsed (rows, where and how each was read, notes).
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import type { Placement, RowHow } from './requests-proof'

export interface ParsedRow {
  key: RequestRowKey
  /** Candidate readings of the row (one when it is read plainly). */
  candidates: RequestRow[]
  labelStart: number | null
  cellsStart: number
  cellsEnd: number
  /** True when the row's label was not found and the row was placed by its position. */
  byPosition: boolean
  /**
   * How the row met its cells: 'anchored' — the run follows its own label (or a list of labels
   * printed together, every one of them found) and holds exactly 7 cells per label, in order;
   * 'grouped' — some labels of the run are printed elsewhere (after their numbers); 'position' —
   * placed without its own label anywhere, or after stray numbers were dropped.
   */
  placement: Placement
  /** Rows read from the same run of cells share a group number. */
  group: number
  /** No printed label fixes the row's order among its siblings (no label of its own, labels printed in another order, cells after another row's label). */
  unordered?: boolean
  /** Under a remarks column, placed by counting alone: proven only where no exchange with another such row, of any group, holds the sums too. */
  underRemarks?: boolean
  /** Columns printed as a dash or slash (read as 0 unless the row's total contradicts that). */
  dashes: number[]
  /** The row was one cell short: its candidates place the missing cell in each column. */
  gap?: boolean
  /** Placed after the last of several waiting labels (the others printed nothing): proven only by the table's identities. */
  afterLastLabels?: boolean
  /** For a row one cell short: its readings with the missing cell a dropped blank (see RunReading.asBlanks). */
  asBlanks?: RequestRow[]
  /** Under a remarks column, readings of its run-together digits with one blank cell hiding a count (hidden-blank.ts). */
  hidden?: RequestRow[]
  /** Cut from run-together digits: an empty cell in a candidate is a blank the text dropped, 0 in the column sums. */
  blanks?: boolean
  /** Only readings with a dropped blank hold the row's total (read only where the column sums hold too). */
  blanksOnly?: boolean
  /** Cut from more digits than cells by the row's own total (requests-run.ts cutBySum): read only where an identity of the whole table holds with it. */
  bySum?: boolean
  /** Rows cut from one run of digits together: the run's readings (a row each) and this row's place in them. */
  joint?: { readings: RequestRow[][]; index: number }
  /** Those rows' run was one run of digits, no separator in it (crawled text): its order is the table's (requests-run-cut-rows.ts). */
  cutFromOneRun?: boolean
  /** Its run held exactly seven numbers a row, read as printed: nothing cut, dropped or missing (requests-group-slips.ts). */
  plain?: boolean
  /** That column-by-column reading of this row (for the column identities to rule out, requests-group-columns.ts). */
  byColumns?: RequestRow
}

export interface RequestsParse {
  rows: Partial<Record<RequestRowKey, RequestRow>>
  /** Where each row was read (positions in the zone text). */
  spans: Partial<Record<RequestRowKey, { start: number; end: number }>>
  /** How each row was read: its cells follow its label, or their position is proven by the sums. */
  how: Partial<Record<RequestRowKey, RowHow>>
  /** Rows under （六） as three sub-rows (2021 template) or as one row (2019). */
  otherHandlingLayout: 'single' | 'split' | null
  notes: ExtractionNote[]
}
