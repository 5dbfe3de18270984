// @vitest-environment happy-dom
// What a chart is given: gaps as null, rank labels with the places gained, the stated
// year-on-year % above the hotline bars, 纠正 highlighted; number formatting with 千分位.
import { describe, expect, it } from 'vitest'
import { buildTrends } from '../../shared/series/trends'
import { chartData, trendChartModel } from '../../src-renderer/lib/chart-model'
import { fmtChange, fmtNumber, fmtPercentChange, parseCellInput } from '../../src-renderer/lib/numbers'
import { makeItems } from './fixtures'

describe('trend chart model', () => {
  const items = makeItems([
    { agency: '甲市', year: 2020, edit: (e) => Object.assign(e.report.metrics, { indexRank: 20, indexRankOf: 77, indexRankChange: null, hotlineCalls: 1000, hotlineCallsYoYPercent: 5.5 }) },
    { agency: '甲市', year: 2022, edit: (e) => Object.assign(e.report.metrics, { indexRank: 17, indexRankOf: 80, indexRankChange: 3, hotlineCalls: 1200, hotlineCallsYoYPercent: null }) },
  ])
  const trends = new Map(buildTrends(items).map((t) => [t.id, trendChartModel(t)]))

  it('keeps the missing year as null in every dataset', () => {
    for (const m of trends.values()) {
      expect(m.years).toEqual([2020, 2021, 2022])
      for (const d of chartData(m).datasets) expect(d.data[1]).toBeNull()
    }
  })

  it('labels rank points with the count and the places gained, on an inverted axis', () => {
    const rank = trends.get('indexRank')!
    expect(rank.reverseY).toBe(true)
    expect(rank.type).toBe('line')
    expect(rank.datasets[0]!.pointLabels).toEqual(['第 20 名 / 77', null, '第 17 名 / 80（↑3）'])
  })

  it('puts the stated year-on-year % above the hotline bars', () => {
    expect(trends.get('hotline')!.datasets[0]!.pointLabels).toEqual(['同比 +5.5%', null, null])
  })

  it('stacks the outcomes and highlights corrected cases', () => {
    expect(trends.get('outcomes')!.stacked).toBe(true)
    const review = trends.get('reviewLitigation')!
    expect(review.datasets.filter((d) => d.highlight).map((d) => d.key)).toEqual(['reviewCorrected', 'litigationCorrected'])
  })

  it('the source note is English in the English view (only the body name stays as printed) (review s5, V2)', () => {
    for (const t of buildTrends(items)) {
      const en = trendChartModel(t, true).sourceNote
      expect(en, t.id).toMatch(/^Source: 甲市, /)
      expect(en.replace('甲市', ''), t.id).not.toMatch(/[\u4e00-\u9fff]/)
      expect(trendChartModel(t).sourceNote, t.id).toMatch(/^数据来源：甲市/)
    }
  })
})

describe('number formatting', () => {
  it('groups thousands and keeps "not stated" apart from zero', () => {
    expect(fmtNumber(1234567)).toBe('1,234,567')
    expect(fmtNumber(0)).toBe('0')
    expect(fmtNumber(null)).toBe('—')
    expect(fmtChange(-1500)).toBe('−1,500')
    expect(fmtChange(0)).toBe('0')
    expect(fmtPercentChange(12.345)).toBe('+12.3%')
  })
  it('writes every negative number with the one minus sign (U+2212), values and changes alike (review s5, V3)', () => {
    expect(fmtNumber(-10)).toBe('−10')
    expect(fmtNumber(-1234.5)).toBe('−1,234.5')
    expect(fmtPercentChange(-10)).toBe('−10%')
    for (const text of [fmtNumber(-7), fmtChange(-7), fmtPercentChange(-7)]) expect(text).not.toContain('-')
    // …and reads it back when the user edits such a cell.
    expect(parseCellInput('−10')).toBe(-10)
  })
  it('reads what a user types into a cell', () => {
    expect(parseCellInput('1,234')).toBe(1234)
    expect(parseCellInput('１２３')).toBe(123)
    expect(parseCellInput('')).toBeNull()
    expect(parseCellInput('abc')).toBeUndefined()
  })
})
