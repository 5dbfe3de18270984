// shared/series: gaps stay null, sums with a blank are null, rank labels, % change from 0, and the
// trend numbers against the gold files (recomputed here independently from the raw JSON).
import { describe, expect, it } from 'vitest'
import { emptyReport, type Report } from '../../shared/model/report'
import type { ReportItem } from '../../shared/series/types'
import {
  buildKpis,
  buildTrend,
  buildTrends,
  compareBodies,
  compareProblems,
  compareYears,
  flagLines,
  outcomeTotal,
  percentChange,
  rankLabel,
  sumOrNull,
} from '../../shared/series'
import { byAgency } from '../../shared/series/items'
import { allGoldIds, goldIds, goldItem, goldJson, hasGold } from './gold-items'

function item(year: number, patch: (r: Report) => void = () => {}, agency = '甲市人民政府'): ReportItem {
  const report = emptyReport()
  report.year = year
  report.agency = agency
  patch(report)
  return { id: `${agency}-${year}`, extraction: { report, provenance: {}, sectionText: {}, preamble: '', notes: [] }, flags: [] }
}

const row = (total: number | null): (number | null)[] => [null, null, null, null, null, null, total]

describe('arithmetic', () => {
  it('sums to null when any value is null, and sums decimals without float noise', () => {
    expect(sumOrNull([1, 2, null])).toBeNull()
    expect(sumOrNull([])).toBeNull()
    expect(sumOrNull([1, 2, 3])).toBe(6)
    expect(sumOrNull([56.3, 0.1])).toBe(56.4)
  })
  it('does not measure a change from 0, or with a missing side', () => {
    expect(percentChange(0, 5)).toBeNull()
    expect(percentChange(null, 5)).toBeNull()
    expect(percentChange(5, null)).toBeNull()
    expect(percentChange(200, 250)).toBe(25)
    expect(percentChange(483, 607)).toBe(25.67)
    expect(percentChange(-10, -5)).toBe(50)
  })
  it('labels ranks as 第 N 名 / M', () => {
    expect(rankLabel(17, 77)).toBe('第 17 名 / 77')
    expect(rankLabel(17, null)).toBe('第 17 名')
    expect(rankLabel(null, 77)).toBeNull()
  })
})

describe('outcome groups', () => {
  it('sums withheld rows of the 总计 column and gives null if one row is blank or missing', () => {
    const keys = [
      'withheld.stateSecret',
      'withheld.prohibitedByLaw',
      'withheld.securityStability',
      'withheld.thirdPartyRights',
      'withheld.internalAffairs',
      'withheld.processInformation',
      'withheld.enforcementFiles',
      'withheld.administrativeQuery',
    ] as const
    const r = emptyReport()
    keys.forEach((k, i) => (r.requests.rows[k] = [9, 9, 9, 9, 9, 9, i + 1]))
    expect(outcomeTotal(r, 'withheld')).toBe(36)
    r.requests.rows['withheld.enforcementFiles'] = [1, 0, 0, 0, 0, 0, null]
    expect(outcomeTotal(r, 'withheld')).toBeNull()
    delete r.requests.rows['withheld.enforcementFiles']
    expect(outcomeTotal(r, 'withheld')).toBeNull()
  })
  it('takes 其他 from the single 2019 row, else from the three 2021 rows', () => {
    const r = emptyReport()
    expect(outcomeTotal(r, 'otherHandling')).toBeNull()
    r.requests.rows['otherHandling.noCorrection'] = row(2)
    r.requests.rows['otherHandling.feeUnpaid'] = row(0)
    r.requests.rows['otherHandling.other'] = row(5)
    expect(outcomeTotal(r, 'otherHandling')).toBe(7)
    r.requests.rows.otherHandling = row(4)
    expect(outcomeTotal(r, 'otherHandling')).toBe(4)
  })
})

describe('trends', () => {
  const items = [
    item(2019, (r) => {
      r.metrics.indexRank = 20
      r.metrics.indexRankOf = 80
      r.metrics.hotlineCalls = 0
      r.requests.rows.received = row(10)
      r.reviewLitigation = { review: [1, 1, 0, 0, 2], litigationDirect: [0, 0, 0, 1, 1], litigationAfterReview: null }
    }),
    // 2020 missing entirely
    item(2021, (r) => {
      r.metrics.indexRank = 17
      r.metrics.indexRankOf = 77
      r.metrics.hotlineCalls = 50
      r.metrics.requestsReceived = 12
      r.reviewLitigation = { review: [2, 0, 0, 0, 2], litigationDirect: [1, 0, 0, 0, 1], litigationAfterReview: [0, 1, 0, 0, 1] }
    }),
  ]

  it('shows a missing year as a gap (null), never 0', () => {
    const rank = buildTrend(items, 'indexRank')
    expect(rank.years).toEqual([2019, 2020, 2021])
    expect(rank.datasets[0]!.values).toEqual([20, null, 17])
    expect(rank.datasets[0]!.pointLabels).toEqual(['第 20 名 / 80', null, '第 17 名 / 77'])
    expect(rank.invertedAxis).toBe(true)
    for (const s of buildTrends(items)) for (const d of s.datasets) expect(d.values[1]).toBeNull()
  })

  it('takes received from table 一 总计, the prose only when the table has no such row', () => {
    expect(buildTrend(items, 'requests').datasets[0]!.values).toEqual([10, null, 12])
  })

  it('gives litigation null when one group is missing, and counts corrected separately', () => {
    const rl = buildTrend(items, 'reviewLitigation')
    const by = Object.fromEntries(rl.datasets.map((d) => [d.key, d.values]))
    expect(by.reviewTotal).toEqual([2, null, 2])
    expect(by.litigationTotal).toEqual([null, null, 2])
    expect(by.reviewCorrected).toEqual([1, null, 0])
    expect(by.litigationCorrected).toEqual([null, null, 1])
  })

  it('KPI tiles: previous year missing gives no change; a 0 base gives no percent', () => {
    const k2021 = buildKpis(items, 2021)
    const hot = k2021.find((t) => t.key === 'hotlineCalls')!
    expect(hot.previous).toBeNull()
    expect(hot.change).toBeNull()
    const two = [items[0]!, item(2020, (r) => (r.metrics.hotlineCalls = 30))]
    const hot2 = buildKpis(two, 2020).find((t) => t.key === 'hotlineCalls')!
    expect(hot2).toMatchObject({ value: 30, previous: 0, change: 30, changePercent: null })
    const rank = buildKpis(items, 2021).find((t) => t.key === 'indexRank')!
    expect(rank.display).toBe('第 17 名 / 77')
  })
})

describe('bodies', () => {
  it('one body printed under two spellings is one body (as in the checks), named as first printed', () => {
    const items = [item(2021), item(2022, () => {}, '甲市政府'), item(2022, () => {}, '甲市教育局')]
    const groups = byAgency(items)
    expect([...groups.keys()]).toEqual(['甲市人民政府', '甲市教育局'])
    expect(groups.get('甲市人民政府')!.map((i) => i.id)).toEqual(['甲市人民政府-2021', '甲市政府-2022'])
    expect(compareBodies(items, 2022).rows.map((r) => r.agency)).toEqual(['甲市政府', '甲市教育局'])
  })

  it('the government\'s 办公室 titled as itself is a body of its own (its own departmental report; review rv19 #9)', () => {
    const groups = byAgency([item(2021), item(2022, () => {}, '甲市人民政府办公室')])
    expect([...groups.keys()]).toEqual(['甲市人民政府', '甲市人民政府办公室'])
  })
})

describe.skipIf(!hasGold)('trends on the gold files', () => {
  const ids = hasGold ? goldIds('yunxi-gov') : []
  const items = ids.map((id) => goldItem(id))

  it('outcome stacks equal the 总计 column sums of the raw gold rows', () => {
    const s = buildTrend(items, 'outcomes')
    expect(s.years.length).toBe(ids.length)
    s.years.forEach((y, i) => {
      const raw = goldJson(ids.find((id) => id.endsWith(`_${y}`))!)
      const rows = raw.requests.rows as Record<string, (number | null)[]>
      const sumPrefix = (p: string) =>
        Object.entries(rows)
          .filter(([k]) => k === p || k.startsWith(p + '.'))
          .reduce((acc, [, v]) => acc + (v[6] as number), 0)
      const expected: Record<string, number> = {
        granted: rows.granted![6] as number,
        partiallyGranted: rows.partiallyGranted![6] as number,
        withheld: sumPrefix('withheld'),
        unavailable: sumPrefix('unavailable'),
        notProcessed: sumPrefix('notProcessed'),
        otherHandling: sumPrefix('otherHandling'),
      }
      for (const d of s.datasets) expect(d.values[i], `${y} ${d.key}`).toBe(expected[d.key])
    })
  })

  it('hotline and rank follow the prose numbers; the stated YoY % is kept beside', () => {
    const hot = buildTrend(items, 'hotline')
    const rank = buildTrend(items, 'indexRank')
    hot.years.forEach((y, i) => {
      const raw = goldJson(`yunxi-gov_${y}`)
      expect(hot.datasets[0]!.values[i]).toBe(raw.metrics.hotlineCalls)
      expect(hot.extras[0]!.values[i]).toBe(raw.metrics.hotlineCallsYoYPercent)
      expect(rank.datasets[0]!.pointLabels![i]).toBe(`第 ${raw.metrics.indexRank} 名 / ${raw.metrics.indexRankOf}`)
    })
  })

  it('a body without section 四 in one year has a gap there', () => {
    const scj = goldIds('yunxi-scjgj').map((id) => goldItem(id))
    const rl = buildTrend(scj, 'reviewLitigation')
    rl.years.forEach((y, i) => {
      const raw = goldJson(`yunxi-scjgj_${y}`)
      const expected = raw.reviewLitigation.review ? raw.reviewLitigation.review[4] : null
      expect(rl.datasets[0]!.values[i]).toBe(expected)
    })
    expect(rl.datasets[0]!.values).toContain(null)
  })

  it('year comparison covers every field with changes between consecutive years', () => {
    const cmp = compareYears(items)
    expect(cmp.years).toEqual(items.map((i) => i.extraction.report.year))
    const received = cmp.rows.find((r) => r.key === 'requests.received.6')!
    const raw = cmp.years.map((y) => goldJson(`yunxi-gov_${y}`).requests.rows.received![6])
    expect(received.values).toEqual(raw)
    expect(received.changes.map((c) => c.change)).toEqual(raw.slice(1).map((v, i) => (v as number) - (raw[i] as number)))
    // 2019-template years have no 2021 sub-rows: those cells are null, not 0.
    const sub = cmp.rows.find((r) => r.key === 'requests.otherHandling.other.6')!
    const y2019 = cmp.years.indexOf(2019)
    expect(sub.values[y2019]).toBeNull()
    expect(cmp.rows.filter((r) => r.key.startsWith('reviewLitigation.')).length).toBe(15)
  })

  it('bodies of one year: one row per body that reported that year', () => {
    const all = allGoldIds().map((id) => goldItem(id))
    const cmp = compareBodies(all, 2022)
    const expectedBodies = new Set(all.filter((i) => i.extraction.report.year === 2022).map((i) => i.extraction.report.agency))
    expect(new Set(cmp.rows.map((r) => r.agency))).toEqual(expectedBodies)
    const col = cmp.fields.findIndex((f) => f.key === 'requestsReceived')
    for (const r of cmp.rows) {
      const it = all.find((i) => i.id === r.itemId)!
      expect(r.values[col]).toBe(it.extraction.report.requests.rows.received![6])
    }
  })

  it('section 五: a category named in both years is recurring', () => {
    const y = 2023
    const cmp = compareProblems(items, y)!
    const cur = goldJson(`yunxi-gov_${y}`)
    const prev = goldJson(`yunxi-gov_${y - 1}`)
    const prevCats = new Set(prev.problems.flatMap((p) => p.categories))
    for (const c of cmp.current) expect(c.recurring).toBe(prevCats.has(c.category))
    expect(cmp.current.length).toBe(new Set(cur.problems.flatMap((p) => p.categories)).size)
  })
})

describe('flag lines', () => {
  it('puts errors first', () => {
    const a = item(2020)
    a.flags = [
      { id: 'SWING', severity: 'info', message: 'i', evidence: [] },
      { id: 'REVIEW_TOTAL', severity: 'error', message: 'e', evidence: [] },
      { id: 'PUBLISHED_LATE', severity: 'warning', message: 'w', evidence: [] },
    ]
    expect(flagLines([a]).map((l) => l.severity)).toEqual(['error', 'warning', 'info'])
  })
})
