// Review 9 F4: the index's clause gives a tier, not a rank (位列第一档次), and the rank after it is
// another ranking's (政务新媒体检查排名第5位). Before: stored as the index rank 5 with no note. The
// generator (sentences.ts: rank:tier-then-other) tries hundreds of wordings.
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'

describe('a tier in the index, a rank in another ranking', () => {
  it('is not the index rank, and the note names the other ranking', () => {
    const { metrics, notes } = extractMetrics('在全省政务公开第三方评估中位列第一档次，政务新媒体检查排名第5位。', 2023)
    expect(metrics.indexRank).toBeNull()
    expect(notes.find((n) => n.field === 'metrics.indexRank')?.message).toMatch(/政务新媒体检查排名第5位.*另一项排名/)
  })

  it('a body named as the subject of the index\'s rank in the next clause is still the index rank', () => {
    expect(extractMetrics('在全省政务公开第三方评估中，我局排名第5位。', 2023).metrics.indexRank).toBe(5)
  })
})

describe('全年累计 is the year\'s own count (review 9 F5)', () => {
  it('is read; a running total (累计 alone, another year\'s 累计) is still not', () => {
    expect(extractMetrics('全年累计主动公开政府信息45566条，其中政策解读1139条。', 2023).metrics.activeDisclosureItems).toBe(45566)
    expect(extractMetrics('2023年累计公开政府信息4566条（含政策解读12条）。', 2023).metrics.activeDisclosureItems).toBe(4566)
    expect(extractMetrics('本局累计主动公开政府信息98765条。', 2023).metrics.activeDisclosureItems).toBeNull()
    expect(extractMetrics('2021年累计主动公开政府信息98765条。', 2023).metrics.activeDisclosureItems).toBeNull()
  })
})

describe('section 五 naming part-time staff and turnover is a concrete problem (review 9 F14)', () => {
  it('is not flagged as boilerplate', async () => {
    const { hasConcreteProblem } = await import('../../shared/checks/problems-empty')
    expect(hasConcreteProblem('存在问题：政府信息公开工作人员多为兼职，人员流动频繁。')).toBe(true)
    expect(hasConcreteProblem('本年度暂未发现需要报告的突出问题，我局将继续做好政务公开工作。')).toBe(false)
  })
})
