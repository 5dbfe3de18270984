// The key-figures tile text: last year's value and the change, never a change made up from a blank.
import { describe, expect, it } from 'vitest'
import { changeText } from '../../src-main/export/pptx-kpi-slide'
import type { KpiTile } from '../../shared/series/types'
import { changeKindOf, describeChange } from '../../shared/series/change'

const tile = (over: Partial<KpiTile>): KpiTile => {
  const t = base(over)
  return { ...t, changeView: describeChange(t.previous, t.value, changeKindOf(t.key), t.betterWhen) }
}
const base = (over: Partial<KpiTile>): Omit<KpiTile, 'changeView'> => ({
  key: 'indexRank',
  labelZh: '政务公开指数排名',
  labelEn: 'Openness index rank',
  unitZh: '名',
  betterWhen: 'lower',
  year: 2023,
  value: 12,
  previousYear: 2022,
  previous: 15,
  change: -3,
  changePercent: -20,
  ...over,
})

describe('changeText', () => {
  it('a rank: the move in places', () => {
    expect(changeText(tile({}))).toBe('上年第 15 名，上升 3 位')
    expect(changeText(tile({ value: 15, change: 0, changePercent: 0 }))).toBe('上年第 15 名，名次不变')
  })
  it('a rank not stated this year is not "unchanged"', () => {
    const t = changeText(tile({ value: null, change: null, changePercent: null }))
    expect(t).toBe('上年第 15 名')
  })
  it('a count: last year, the change and the percent; a change from 0 has no percent', () => {
    const calls = { key: 'hotlineCalls', unitZh: '个', betterWhen: 'neutral' as const }
    expect(changeText(tile({ ...calls, value: 1600, previous: 1000, change: 600, changePercent: 60 }))).toBe('上年 1,000，+600（+60%）')
    expect(changeText(tile({ ...calls, value: 5, previous: 0, change: 5, changePercent: null }))).toBe('上年 0，+5')
    expect(changeText(tile({ ...calls, previous: null }))).toBe('2022 年：无数据')
  })
})
