// Flags raised by the checks (../shared/spec/checks.md), with evidence a reviewer can click.
import type { RequestRowKey, ReviewGroup, SectionKey } from './report'
import type { SourceLocation } from './document'

export type Severity = 'error' | 'warning' | 'info'

export const CHECK_IDS = [
  'STRUCTURE_SECTION_MISSING',
  'STRUCTURE_TEMPLATE_MISMATCH',
  'STRUCTURE_GOV_ITEMS_MISSING',
  'FEE_NOT_REPORTED',
  'PUBLISHED_LATE',
  'PUBLISHED_BEFORE_YEAR_END',
  'TABLE_CELL_BLANK',
  'REQUESTS_IDENTITY',
  'REQUESTS_ROW_TOTAL',
  'REQUESTS_STRAY_DIGIT', // a table 三 cell unread: one extra digit breaks its row total (a footnote mark, or the report's typo)
  'REQUESTS_HANDLED_TOTAL',
  'REVIEW_TOTAL',
  'NARRATIVE_TABLE_MISMATCH',
  'CORRECTED_CASES',
  'NOT_HELD_SHARE',
  'PROBLEMS_EMPTY',
  'CARRYOVER_MISMATCH',
  'ITEMS_CONTINUITY',
  'PROBLEMS_COPIED',
  'PROBLEM_RECURRING',
  'INDEX_RANK_DROP',
  'INDEX_RANK_CHANGE_MISMATCH', // a stated rank change that the ranks read contradict (this year's or last year's)
  'SWING',
  // Beyond the floor of checks.md:
  'DUPLICATE_REPORT', // a second version of one body's report of a year (更正版, another date)
  'COPIES_DIFFER', // copies of one report (same body, year, version) whose numbers differ
  'ROLLUP_MISMATCH', // departments' tables do not add up to the compiled government report
  'TABLE_UNREADABLE', // rows of a table that could not be read unambiguously
  'SERIES_RENAMED', // a series that begins the year after a near-named one ends, the carry-over equal: a renamed body?
] as const
export type CheckId = (typeof CHECK_IDS)[number]

/** What a flag rests on. */
export type Evidence =
  | {
      kind: 'cell'
      table: 'requests'
      row: RequestRowKey
      /** column indexes 0..6 (REQUEST_COLUMNS) */
      columns: number[]
      values: (number | null)[]
      loc?: SourceLocation
    }
  | {
      kind: 'cell'
      table: 'reviewLitigation'
      row: ReviewGroup
      /** column indexes 0..4 (REVIEW_COLUMNS) */
      columns: number[]
      values: (number | null)[]
      loc?: SourceLocation
    }
  | {
      kind: 'cell'
      table: 'activeDisclosure'
      /** e.g. "licensing.lastYearItems" */
      field: string
      values: (number | null)[]
      loc?: SourceLocation
    }
  | { kind: 'metric'; field: string; value: number | null; loc?: SourceLocation; text?: string }
  | { kind: 'text'; section?: SectionKey; text: string; loc?: SourceLocation }
  | { kind: 'report'; reportId: string; agency: string | null; year: number | null; note?: string }

export interface Flag {
  id: CheckId
  severity: Severity
  /** One Chinese sentence a reviewer can act on, with the numbers in it. */
  message: string
  evidence: Evidence[]
}
