// Shared fixtures of the export tests: gold items with flags taken from the gold's expectedFlags.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CheckId, Flag } from '../../shared/model/flag'
import { CHECK_SEVERITY } from '../../shared/checks/severity'
import type { ReportItem } from '../../shared/series/types'
import { GOLD_DIR, goldIds, goldItem } from './gold-items'


export function expectedFlags(id: string): Flag[] {
  const g = JSON.parse(readFileSync(join(GOLD_DIR, `${id}.json`), 'utf8')) as { expectedFlags?: { present?: CheckId[] } }
  return (g.expectedFlags?.present ?? []).map((c) => ({
    id: c,
    severity: CHECK_SEVERITY[c],
    message: `检查项 ${c} 在本报告中成立（测试用说明）。`,
    evidence: [],
  }))
}

export function bodyItems(prefix: string): ReportItem[] {
  return goldIds(prefix).map((id) => goldItem(id, expectedFlags(id)))
}

export const OUT_DIR = fileURLToPath(new URL('../../test-output/export/', import.meta.url))
