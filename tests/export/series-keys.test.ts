// Review rv22 #1, #2, #7: the checks kept two bodies of one name under different parent places (and
// each report whose body was not recognised) apart, but the views and exports grouped by bodyKey
// alone: one town dropped from the workbook and the deck, 甲山 2022 compared with 乙水 2021, three
// unnamed bodies one series. Now one rule (shared/identity/series-keys.ts) serves them all.
import { describe, expect, it } from 'vitest'
import { emptyReport } from '../../shared/model/report'
import type { ReportItem } from '../../shared/series/types'
import { byAgency } from '../../shared/series/items'
import { compareBodies } from '../../shared/series/bodies-compare'
import { peerBenchmarks } from '../../shared/series/peers'
import { buildKpis } from '../../shared/series/kpi'
import { cliDeckOptions, usedCopies } from '../../src-main/export/cli-export'
import { defaultSeriesKeys } from '../../shared/checks/index'

function item(id: string, agency: string | null, year: number, published = 1000): ReportItem {
  const report = emptyReport()
  report.year = year
  report.agency = agency
  report.requests.rows.received = [null, null, null, null, null, null, published]
  report.publishedOn = `${year + 1}-01-20`
  return { id, fileName: `${id}.html`, extraction: { report, provenance: {}, sectionText: {}, preamble: '', notes: [] }, flags: [] }
}

const items = (list: ReportItem[]) => list

describe('one series rule for views and exports', () => {
  const twoTowns = () => items([item('a21', '甲山县东关镇人民政府', 2021, 703), item('b21', '乙水县东关镇人民政府', 2021, 852)])

  it('two counties’ towns of one name are two groups, named apart', () => {
    const groups = byAgency(twoTowns())
    expect([...groups.keys()]).toEqual(['甲山县东关镇人民政府', '乙水县东关镇人民政府'])
    const bare = byAgency(items([item('a', '甲山县东关镇人民政府', 2021), item('b', '乙水县东关镇人民政府', 2021), item('c', '丙县东关镇人民政府', 2021)]))
    expect(bare.size).toBe(3)
  })

  it('compareBodies and peers have a row per town', () => {
    expect(compareBodies(twoTowns(), 2021).rows).toHaveLength(2)
    expect(peerBenchmarks(twoTowns(), 2021).flatMap((g) => g.rows)).toHaveLength(2)
  })

  it('usedCopies keeps both towns of one year (neither is the other’s copy or earlier version)', () => {
    expect(usedCopies(twoTowns()).map((i) => i.id).sort()).toEqual(['a21', 'b21'])
    const cities = items([item('c1', '甲市东城区人民政府', 2022), item('c2', '乙市东城区人民政府', 2022)])
    cities[1]!.extraction.report.publishedOn = '2023-03-01'
    expect(usedCopies(cities)).toHaveLength(2)
  })

  it('a town’s year before is its own, never the other town’s', () => {
    const all = items([...twoTowns(), item('a22', '甲山县东关镇人民政府', 2022, 900)])
    const ofJia = byAgency(all).get('甲山县东关镇人民政府')!
    const tile = buildKpis(ofJia, 2022).find((k) => k.previous !== null)
    expect(tile?.previous).toBe(703)
    expect(cliDeckOptions(all)).toEqual({ bodiesYear: 2021 })
  })

  it('reports whose body was not recognised are each a series of their own, named by file name', () => {
    const unnamed = items([item('u0', null, 2021), item('u1', null, 2021), item('u2', '', 2022)])
    const groups = byAgency(unnamed)
    expect(groups.size).toBe(3)
    expect([...groups.keys()]).toEqual(['（未识别机关）（u0.html）', '（未识别机关）（u1.html）', '（未识别机关）（u2.html）'])
    expect(usedCopies(unnamed)).toHaveLength(3)
    expect(compareBodies(unnamed, 2021).rows.map((r) => r.agency)).toEqual(['（未识别机关）（u0.html）', '（未识别机关）（u1.html）'])
  })

  it('two groups that print one name and share a parent-less key stay one; the checks key alike', () => {
    const same = items([item('x', '甲山县东关镇人民政府', 2021), item('y', '东关镇人民政府', 2022)])
    expect(byAgency(same).size).toBe(1)
    const inputs = twoTowns().map((i) => ({ id: i.id, extraction: i.extraction }))
    const keys = defaultSeriesKeys(inputs)
    expect(keys[0]).not.toBe(keys[1])
  })
})
