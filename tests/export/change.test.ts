// The one definition of a change (shared/series/change.ts): ranks in places (fewer is better),
// rates in percentage points, counts absolute and in percent, nothing from or to zero or null.
import { describe, expect, it } from 'vitest'
import { changeCell, changeKindOf, changeOfField, describeChange } from '../../shared/series/change'
import { buildKpis } from '../../shared/series/kpi'
import { compareYears } from '../../shared/series/year-compare'
import { makeReport } from '../checks/make-report'
import ExcelJS from 'exceljs'
import { buildBriefingPptx } from '../../src-main/export/pptx'
import { buildXlsx, COMPARE_SHEET } from '../../src-main/export/xlsx'
import { slideNames, slideText, slideTitle, text, unzip } from './ooxml'

describe('describeChange', () => {
  it('a rank from 24th to 20th: up 4 places, better, no percentage', () => {
    const c = describeChange(24, 20, 'rank')
    expect(c).toMatchObject({ delta: -4, percent: null, direction: 'better', textZh: '上升 4 位', textEn: 'up 4 places', percentText: '—' })
    expect(describeChange(20, 21, 'rank')).toMatchObject({ textZh: '下降 1 位', textEn: 'down 1 place', direction: 'worse' })
    expect(describeChange(3, 3, 'rank')).toMatchObject({ textZh: '名次不变', direction: 'same' })
  })
  it('a percentage: change in percentage points, never a percent of a percent', () => {
    const c = describeChange(0.8, 22, 'rate')
    expect(c.percent).toBeNull()
    expect(c.textZh).toBe('+21.2 个百分点')
    expect(describeChange(12.5, 10, 'rate').textZh).toBe('−2.5 个百分点')
  })
  it('a count: absolute and percent, with 千分位', () => {
    expect(describeChange(1000, 2500, 'count')).toMatchObject({ delta: 1500, percent: 150, textZh: '+1,500（+150%）', textEn: '+1,500 (+150%)' })
    expect(describeChange(200, 150, 'count').textZh).toBe('−50（−25%）')
  })
  it('from or to zero: no percentage; from or to null: no change at all', () => {
    expect(describeChange(0, 5, 'count')).toMatchObject({ delta: 5, percent: null, textZh: '+5' })
    expect(describeChange(5, 0, 'count')).toMatchObject({ delta: -5, percent: null, textZh: '−5' })
    for (const [a, b] of [[null, 5], [5, null], [null, null]] as const) {
      expect(describeChange(a, b, 'count')).toMatchObject({ delta: null, percent: null, direction: 'none', textZh: '—' })
      expect(describeChange(a, b, 'rank').textZh).toBe('—')
    }
  })
  it('kinds by field key', () => {
    expect(changeKindOf('metrics.indexRank')).toBe('rank')
    expect(changeKindOf('indexRank')).toBe('rank')
    expect(changeKindOf('metrics.indexRankChange')).toBe('places')
    expect(changeKindOf('metrics.hotlineCallsYoYPercent')).toBe('rate')
    expect(changeKindOf('requests.received.6')).toBe('count')
    expect(changeOfField('metrics.indexRankChange', 1, 4).percent).toBeNull()
    expect(changeCell('metrics.indexRank', 24, 20)).toMatchObject({ change: -4, changePercent: null, deltaZh: '上升 4 位' })
  })
})

/** Two years of one body: the rank from 24th to 20th, the 12345 同比 from 0.8 % to 22 %. */
const two = () => {
  const a = makeReport({ year: 2021 })
  const b = makeReport({ year: 2022 })
  a.report.metrics.indexRank = 24
  b.report.metrics.indexRank = 20
  a.report.metrics.hotlineCallsYoYPercent = 0.8
  b.report.metrics.hotlineCallsYoYPercent = 22
  return [a, b].map((extraction, i) => ({ id: String(i), extraction, flags: [] }))
}

describe('the views use it', () => {
  it('year comparison rows: rank in places, rate in points', () => {
    const rows = compareYears(two()).rows
    const rank = rows.find((r) => r.key === 'metrics.indexRank')!.changes[0]!
    expect(rank).toMatchObject({ deltaZh: '上升 4 位', changePercent: null, direction: 'better' })
    const yoy = rows.find((r) => r.key === 'metrics.hotlineCallsYoYPercent')!.changes[0]!
    expect(yoy).toMatchObject({ deltaZh: '+21.2 个百分点', changePercent: null })
  })
  it('KPI tiles: the rank tile rises and is better', () => {
    const tile = buildKpis(two()).find((t) => t.key === 'indexRank')!
    expect(tile.changePercent).toBeNull()
    expect(tile.changeView).toMatchObject({ textZh: '上升 4 位', direction: 'better' })
  })
})

describe('the slides and the workbook say it in the same words', () => {
  const items = two
  it('slides: the key figures and the year table say 上升 4 位, never a rank percentage', async () => {
    const files = unzip(new Uint8Array(await buildBriefingPptx(items(), { madeAt: new Date('2026-03-01T10:00:00Z') })))
    const slides = slideNames(files).map((n) => text(files, n))
    const kpi = slides.find((x) => slideTitle(x).includes('关键'))
    const table = slides.find((x) => slideTitle(x) === '年度对比')!
    expect(kpi && slideText(kpi)).toContain('上年第 24 名，上升 4 位')
    expect(slideText(table)).toContain('上升 4 位')
    expect(slideText(table)).not.toMatch(/[−-]16(\.7)?%/)
  })
  it('workbook: the rank change is a number formatted as places gained or lost', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await buildXlsx(items())) as unknown as ArrayBuffer)
    const ws = wb.getWorksheet(COMPARE_SHEET)!
    let found = false
    ws.eachRow((row) => {
      if (row.getCell(2).value !== null && String(row.getCell(2).value).includes('排名') && row.getCell(3).value === 24) {
        // Stored as places risen (+ = up), as the stated 排名变化 row counts them (review s5, X1).
        expect(row.getCell(5).value).toBe(4)
        expect(row.getCell(5).numFmt).toMatch(/^"上升 "0" 位"/)
        expect(row.getCell(6).value).toBe('不适用（名次按位计）')
        found = true
      }
    })
    expect(found).toBe(true)
  })
})
