// Review rv20b W3: the number of bodies ranked (indexRankOf) was taken from what the evaluation
// scores (「共评估102个指标项」, 「共设6个一级指标」) and from another year's count put in brackets
// (「较2020年（共85个单位参评）」). The rank itself is read; the count is not.
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'

const read = (s: string, year = 2022) => extractMetrics(`全年主动公开政府信息8765条。${s}`, year)

describe('the count of bodies ranked, not of items scored', () => {
  it.each([
    ['在全省政务公开第三方评估（共评估102个指标项）中排名第5位。', 5],
    ['在全省政务公开指数评估（共设6个一级指标、32个二级指标）中排名第3。', 3],
    ['全省政务公开指数排名第3位，较2020年（共85个单位参评）有所进步。', 3],
  ])('%s', (s, rank) => {
    const m = read(s).metrics
    expect(m.indexRank).toBe(rank)
    expect(m.indexRankOf).toBeNull()
  })
  it('a count of bodies is still read, in brackets or before 中', () => {
    expect(read('全省政务公开指数排名第3位（共85个单位参评）。').metrics.indexRankOf).toBe(85)
    expect(read('政务公开指数在全省90个县（市、区）中排名第10位。').metrics.indexRankOf).toBe(90)
    expect(read('2022年全省政务公开指数排名第3位（2022年共85个单位参评）。').metrics.indexRankOf).toBe(85)
  })
})

describe('a change across a change of method is not read (review rv20b D1)', () => {
  it('「第7（上年为第9，统计口径调整）」: rank 7, no change, a note', () => {
    const r = read('政务公开指数位列全省第7（上年为第9，统计口径调整）。')
    expect(r.metrics.indexRank).toBe(7)
    expect(r.metrics.indexRankChange).toBeNull()
    expect(r.notes.some((n) => /口径有调整/.test(n.message))).toBe(true)
    expect(read('政务公开指数位列全省第7（上年为第9）。').metrics.indexRankChange).toBe(2)
  })
})
