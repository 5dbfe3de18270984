// Benchmarks among peers: quartiles by kind of body, each body's position among its peers.
import { describe, expect, it } from 'vitest'
import { peerBenchmarks, peerKindOf, quartiles } from '../../shared/series/peers'
import { makeReport } from '../checks/make-report'

const item = (agency: string, items: number | null, year = 2023) => {
  const extraction = makeReport({ agency, year })
  extraction.report.metrics.activeDisclosureItems = items
  return { id: `${agency}-${year}`, extraction, flags: [] }
}

describe('quartiles', () => {
  it('interpolates; too few values give none', () => {
    expect(quartiles([1, 2, 3, 4, 5])).toEqual({ n: 5, q1: 2, median: 3, q3: 4 })
    expect(quartiles([10, 20, 30, 40])).toEqual({ n: 4, q1: 17.5, median: 25, q3: 32.5 })
    expect(quartiles([1, 2])).toBeNull()
  })
})

describe('peerBenchmarks', () => {
  it('groups bodies by kind and places each against its own kind only', () => {
    const items = [
      item('云溪市教育局', 100),
      item('云溪市民政局', 200),
      item('云溪市财政局', 300),
      item('云溪市交通运输局', 5000),
      item('云溪市白鹭镇人民政府', 40),
      item('云溪市人民政府', 90000),
      item('云溪市卫生健康委员会', null),
      item('云溪市教育局', 1, 2022),
    ]
    expect(peerKindOf('云溪市长河街道办事处')).toBe('township')
    const groups = peerBenchmarks(items, 2023)
    expect(groups.map((g) => g.kind)).toEqual(['government', 'department', 'township'])
    const dept = groups.find((g) => g.kind === 'department')!
    const fi = dept.fields.findIndex((f) => f.key === 'activeDisclosureItems')
    expect(dept.rows).toHaveLength(5)
    expect(dept.stats[fi]).toEqual({ n: 4, q1: 175, median: 250, q3: 1475 })
    const pos = (name: string) => dept.rows.find((r) => r.agency === name)!.cells[fi]!.position
    expect(pos('云溪市交通运输局')).toBe('high')
    expect(pos('云溪市教育局')).toBe('low')
    expect(pos('云溪市民政局')).toBe('middle')
    expect(pos('云溪市卫生健康委员会')).toBe('none')
    // One town alone: no quartiles, no position.
    const town = groups.find((g) => g.kind === 'township')!
    expect(town.stats[fi]).toBeNull()
    expect(town.rows[0]!.cells[fi]!.position).toBe('none')
  })
})

describe('the peers slide', () => {
  it('a bodies deck has a 同类机关对比 slide per kind with its median', async () => {
    const { buildBriefingPptx } = await import('../../src-main/export/pptx')
    const { slideNames, slideText, slideTitle, text, unzip } = await import('./ooxml')
    const items = [item('云溪市教育局', 100), item('云溪市民政局', 200), item('云溪市财政局', 300), item('云溪市交通运输局', 5000)]
    const files = unzip(new Uint8Array(await buildBriefingPptx(items, { bodiesYear: 2023, madeAt: new Date('2026-03-01T10:00:00Z') })))
    const slide = slideNames(files).map((n) => text(files, n)).find((x) => slideTitle(x).startsWith('同类机关对比'))
    expect(slide && slideTitle(slide)).toBe('同类机关对比：部门')
    const body = slideText(slide!)
    expect(body).toContain('中位数')
    expect(body).toContain('250')
    expect(body).toContain('5,000 ▲')
  })
})
