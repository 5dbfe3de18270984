// The library list groups files into reports like the checks do (review rv19 #7–#9): two counties'
// 城关镇人民政府 of one year are two reports, not a report and its 较早版本.
import { describe, expect, it } from 'vitest'
import type { ReportSummary } from '../../shared/api'
import { bodyKey } from '../../shared/identity/body'
import { copyRoles } from '../../src-main/library/copy-roles'

const summary = (id: string, agency: string, publishedOn: string): ReportSummary => ({
  id,
  agency,
  year: 2024,
  bodyKey: bodyKey(agency),
  fileName: `${id}.pdf`,
  format: 'pdf',
  template: '2021',
  sample: false,
  importedAt: '2025-02-01T00:00:00Z',
  flagCounts: { error: 0, warning: 0, info: 0 },
  corrections: 0,
  publishedOn,
})

describe('copyRoles across parent places', () => {
  it('two counties\' towns of one name: each report used', () => {
    const roles = copyRoles([summary('a', '甲山县城关镇人民政府', '2025-01-10'), summary('b', '乙水县城关镇人民政府', '2025-01-20')], new Set())
    expect(roles.get('a')?.role).toBe('used')
    expect(roles.get('b')?.role).toBe('used')
  })
  it('one town named with and without its county: one report, the later version used', () => {
    const roles = copyRoles([summary('a', '甲山县城关镇人民政府', '2025-01-10'), summary('b', '城关镇人民政府', '2025-01-20')], new Set())
    expect(roles.get('a')?.role).toBe('earlier')
    expect(roles.get('b')?.role).toBe('used')
  })
})
