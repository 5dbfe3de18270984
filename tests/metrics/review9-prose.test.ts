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

describe('review 9 F6: prose figures that were lost without a note', () => {
  it('the count of bodies ranked in brackets after the rank', () => {
    const a = extractMetrics('在全省政务公开第三方评估中排名第30位（共104家），较上年提升3个名次。', 2020).metrics
    expect([a.indexRank, a.indexRankOf]).toEqual([30, 104])
    const b = extractMetrics('《政务公开指数报告》显示，我单位名列第45（全省77个单位参评），由上年的第51名上升至第45名。', 2020).metrics
    expect([b.indexRank, b.indexRankOf]).toEqual([45, 77])
    // A bracket that is not a count of bodies gives no rank.
    expect(extractMetrics('政务公开指数排名第三（季度）。', 2020).metrics.indexRank).toBeNull()
  })

  it('the hotline\'s change stated before its count, after last year\'s count, or by the calls\' own word', () => {
    const a = extractMetrics('12345热线来电量同比增长12.5%，达123456个。', 2023).metrics
    expect([a.hotlineCalls, a.hotlineCallsYoYPercent]).toEqual([123456, 12.5])
    const b = extractMetrics('12345热线全年受理来电180234件，上年为150000件，同比增长20%。', 2023).metrics
    expect([b.hotlineCalls, b.hotlineCallsYoYPercent]).toEqual([180234, 20])
    // In 万 the count is a rounding (review 9 F8: not read, with a note); its stated change still is.
    const w = extractMetrics('12345热线全年受理来电18万件，上年为15万件，同比增长20%。', 2023)
    expect([w.metrics.hotlineCalls, w.metrics.hotlineCallsYoYPercent]).toEqual([null, 20])
    expect(w.notes.some((n) => n.field === 'metrics.hotlineCalls' && /约数/.test(n.message))).toBe(true)
    const c = extractMetrics('全年通过12345便民服务热线办理诉求251890件，其中转办83963件，诉求量较上年增长25.04%。', 2023).metrics
    expect([c.hotlineCalls, c.hotlineCallsYoYPercent]).toEqual([251890, 25.04])
    // After a part, a change with no word of its own may be the part's: not read.
    expect(extractMetrics('12345热线受理来电5000件，其中转办我局诉求300件，同比下降3.5%。', 2023).metrics.hotlineCallsYoYPercent).toBeNull()
    // A part named by another word than the calls': not read either.
    expect(extractMetrics('12345热线受理来电5000件，其中转办诉求300件，诉求量同比下降3.5%。', 2023).metrics.hotlineCallsYoYPercent).toBeNull()
  })

  it('the year\'s new requests named 新收 inside the total handled', () => {
    expect(extractMetrics('全年共办理政府信息公开申请928件，其中本年新收903件、上年结转25件。', 2023).metrics.requestsReceived).toBe(903)
  })
})
