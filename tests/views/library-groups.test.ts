// @vitest-environment happy-dom
// The library's list of bodies follows the one series rule (series-keys.ts), as the views and exports
// do: two counties' 东关镇 are two headings, each report whose body was not recognised stands alone
// (review rv22 / helper ser22: the list grouped by the plain bodyKey, one heading for both towns).
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import type { ReportSummary } from '../../shared/api'
import { bodyKey } from '../../shared/identity/body'
import { useLibraryStore } from '../../src-renderer/stores/library'

const summary = (id: string, agency: string | null, year: number): ReportSummary => ({
  id,
  agency,
  year,
  bodyKey: agency === null ? null : bodyKey(agency),
  fileName: `${id}.html`,
  format: 'html',
  template: '2021',
  sample: false,
  importedAt: '2026-12-05T00:00:00Z',
  flagCounts: { error: 0, warning: 0, info: 0 },
  corrections: 0,
})

describe('library groups', () => {
  it('two towns of one name under two counties, and two unrecognised bodies, are four groups', () => {
    setActivePinia(createPinia())
    const lib = useLibraryStore()
    lib.listing = {
      reports: [
        summary('a1', '甲山县东关镇人民政府', 2021),
        summary('a2', '甲山县东关镇人民政府', 2022),
        summary('b1', '乙水县东关镇人民政府', 2021),
        summary('u1', null, 2021),
        summary('u2', null, 2022),
      ],
      quarantined: [],
    }
    const groups = lib.groups
    expect(groups).toHaveLength(4)
    const byName = new Map(groups.map((g) => [g.agency, g.reports.map((r) => r.report.id).sort()]))
    expect(byName.get('甲山县东关镇人民政府')).toEqual(['a1', 'a2'])
    expect(byName.get('乙水县东关镇人民政府')).toEqual(['b1'])
    expect(groups.filter((g) => g.agency === null).map((g) => g.reports.length)).toEqual([1, 1])
  })
})
