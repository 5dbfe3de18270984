// The review's prose leftovers (review-s6 P2, review-s7 k04 and k06), each with what it states for
// 2022. Before: 「2021年度本局排名第18位」 was stored as 2022's rank with no note; one channel's 5,000 was
// stored as the year's 主动公开; 「其中2022年新增8765条」 was lost with no note. The generator
// (sentences.ts: rank:other-year-*, active:channels*, active:cumulative-*) tries hundreds of wordings.
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'

const YEAR = 2022

describe('review leftovers on prose figures', () => {
  it('P2: last 年度’s rank, this year’s result not out, is not this year’s rank, and says so', () => {
    const { metrics, notes } = extractMetrics('全年主动公开政府信息8765条。2022年度政务公开指数评估结果尚未公布，2021年度本局排名第18位。', YEAR)
    expect(metrics.indexRank).toBeNull()
    expect(metrics.activeDisclosureItems).toBe(8765)
    expect(notes.filter((n) => n.field === 'metrics.indexRank').map((n) => n.message).join('')).toMatch(/2021 年度.*未读取/)
  })

  it('a rank named for the year before, alone, is read with a note naming that 年度', () => {
    const { metrics, notes } = extractMetrics('本局在2021年度省政务公开第三方评估中位列第18位。', YEAR)
    expect(metrics.indexRank).toBe(18)
    expect(notes.find((n) => n.field === 'metrics.indexRank')?.message).toMatch(/2021 年度/)
  })

  it('k04: one channel’s count among several is not the year’s total', () => {
    const { metrics, notes } = extractMetrics('2022年，本局通过政府网站主动公开政府信息5000条，通过政务新媒体发布信息3765条。', YEAR)
    expect(metrics.activeDisclosureItems).toBeNull()
    expect(notes.find((n) => n.field === 'metrics.activeDisclosureItems')?.message).toMatch(/分渠道/)
  })

  it('a total stated beside the channels is read; a channel named alone is read as stated', () => {
    expect(extractMetrics('本局通过政府网站主动公开政府信息5000条，通过政务新媒体发布信息3765条，共计主动公开政府信息8765条。', YEAR).metrics.activeDisclosureItems).toBe(8765)
    expect(extractMetrics('全年通过门户网站主动公开政府信息4216条。', YEAR).metrics.activeDisclosureItems).toBe(4216)
  })

  it('k06: the new part of a running total is read when its year is the report’s', () => {
    const r = extractMetrics('截至2022年底，本局累计主动公开政府信息98765条，其中2022年新增8765条。', YEAR)
    expect(r.metrics.activeDisclosureItems).toBe(8765)
    expect(r.sources.activeDisclosureItems).toMatch(/其中2022年新增/)
  })

  it('a new part of another year, or of no year, and a running total alone are left unread with a note', () => {
    for (const text of ['截至2022年底，本局累计主动公开政府信息98765条，其中2021年新增8765条。', '本局累计主动公开政府信息98765条，其中新增8765条。', '截至2022年底，本局累计主动公开政府信息98765条。']) {
      const { metrics, notes } = extractMetrics(text, YEAR)
      expect(metrics.activeDisclosureItems).toBeNull()
      expect(notes.some((n) => n.field === 'metrics.activeDisclosureItems')).toBe(true)
    }
  })
})
