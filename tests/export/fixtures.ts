// Shared fixtures of the export tests: gold items with flags taken from the gold's expectedFlags.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CheckId, Flag, Severity } from '../../shared/model/flag'
import type { ReportItem } from '../../shared/series/types'
import { GOLD_DIR, goldIds, goldItem } from './gold-items'

/** Severities of checks.md. */
const SEVERITY: Partial<Record<CheckId, Severity>> = {
  STRUCTURE_SECTION_MISSING: 'error',
  STRUCTURE_TEMPLATE_MISMATCH: 'error',
  STRUCTURE_GOV_ITEMS_MISSING: 'warning',
  FEE_NOT_REPORTED: 'warning',
  PUBLISHED_LATE: 'warning',
  TABLE_CELL_BLANK: 'warning',
  REQUESTS_IDENTITY: 'error',
  REQUESTS_ROW_TOTAL: 'error',
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
  SWING: 'info',
}

export function expectedFlags(id: string): Flag[] {
  const g = JSON.parse(readFileSync(join(GOLD_DIR, `${id}.json`), 'utf8')) as { expectedFlags?: { present?: CheckId[] } }
  return (g.expectedFlags?.present ?? []).map((c) => ({
    id: c,
    severity: SEVERITY[c] ?? 'warning',
    message: `检查项 ${c} 在本报告中成立（测试用说明）。`,
    evidence: [],
  }))
}

export function bodyItems(prefix: string): ReportItem[] {
  return goldIds(prefix).map((id) => goldItem(id, expectedFlags(id)))
}

export const OUT_DIR = fileURLToPath(new URL('../../test-output/export/', import.meta.url))
