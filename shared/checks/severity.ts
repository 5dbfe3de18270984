// Severity of each check, as in ../../shared/spec/checks.md (and for the checks beyond it).
import type { CheckId, Severity } from '../model/flag'

export const CHECK_SEVERITY: Record<CheckId, Severity> = {
  STRUCTURE_SECTION_MISSING: 'error',
  STRUCTURE_TEMPLATE_MISMATCH: 'error',
  STRUCTURE_GOV_ITEMS_MISSING: 'warning',
  FEE_NOT_REPORTED: 'warning',
  PUBLISHED_LATE: 'warning',
  PUBLISHED_BEFORE_YEAR_END: 'warning',
  TABLE_CELL_BLANK: 'warning',
  REQUESTS_IDENTITY: 'error',
  REQUESTS_ROW_TOTAL: 'error',
  // Either a footnote mark glued on (the report is right) or the report's own typo (it is wrong):
  // a reviewer must look at the page.
  REQUESTS_STRAY_DIGIT: 'warning',
  REQUESTS_HANDLED_TOTAL: 'error',
  REVIEW_TOTAL: 'error',
  NARRATIVE_TABLE_MISMATCH: 'error',
  CORRECTED_CASES: 'warning',
  NOT_HELD_SHARE: 'info',
  PROBLEMS_EMPTY: 'warning',
  CARRYOVER_MISMATCH: 'error',
  ITEMS_CONTINUITY: 'warning',
  PROBLEMS_COPIED: 'warning',
  PROBLEM_RECURRING: 'warning',
  INDEX_RANK_DROP: 'warning',
  INDEX_RANK_CHANGE_MISMATCH: 'warning',
  SWING: 'info',
  DUPLICATE_REPORT: 'info',
  COPIES_DIFFER: 'warning',
  ROLLUP_MISMATCH: 'info',
  SERIES_RENAMED: 'info',
  TABLE_UNREADABLE: 'info',
}
