// Review rv20b: prose figures a reader takes as the body's, left unread (and without a note) because a
// wording put a bracket or a word where the rules did not expect one. Each case has a control that must
// still be refused.
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'

describe('rv20b: figures read through a bracket or another word order', () => {
  it('a scope bracket after the subject is no sub-count (本局（含下属单位）收到…, b03)', () => {
    const r = extractMetrics('2024年，蓼溪县林业局认真贯彻落实《条例》。本局（含下属单位）收到政府信息公开申请45件。', 2024, '蓼溪县林业局')
    expect(r.metrics.requestsReceived).toBe(45)
    // An open bracket, or a clause opening with 含, is still a part.
    expect(extractMetrics('共办结申请50件（含收到政府信息公开申请45件）。', 2024, '蓼溪县林业局').metrics.requestsReceived).toBeNull()
    expect(extractMetrics('办结申请50件，含收到政府信息公开申请45件。', 2024, '蓼溪县林业局').metrics.requestsReceived).toBeNull()
  })

  it('a rank followed by a bracket of scores or of its group (第3（满分100分…）, 第5（县级政府组）; y06, y09)', () => {
    expect(extractMetrics('2022年，在全省政务公开指数评估中排名第3（满分100分，得分95分）。', 2022, '石棠市人民政府').metrics.indexRank).toBe(3)
    expect(extractMetrics('2022年，全省政务公开第三方评估排名第5（县级政府组）。', 2022, '石棠县人民政府').metrics.indexRank).toBe(5)
    // 第一季度 is still no rank.
    expect(extractMetrics('2022年第一（季度）在全省政务公开指数评估中获评优秀。', 2022, '石棠县人民政府').metrics.indexRank).toBeNull()
  })

  it('the count in the bracket right after this year\'s rank is its number ranked, after 由上年… (h10)', () => {
    const r = extractMetrics('2022年，在全省政务公开指数评估中，排名由上年的第9位提升至第6位（参评单位77个）。', 2022, '石棠县人民政府')
    expect(r.metrics).toMatchObject({ indexRank: 6, indexRankOf: 77 })
    // A count in a bracket after last year's rank stays last year's.
    const last = extractMetrics('2022年，在全省政务公开指数评估中，排名由上年的第9位（参评单位70个）提升至第6位。', 2022, '石棠县人民政府')
    expect(last.metrics.indexRank).toBe(6)
    expect(last.metrics.indexRankOf).toBeNull()
  })

  it('12345 受理量 with its change first, and a change in percent after one in calls (w04, s08)', () => {
    const a = extractMetrics('2022年，12345热线受理量同比增长5.4%，达到47864件。', 2022, '石棠县人民政府')
    expect(a.metrics).toMatchObject({ hotlineCalls: 47864, hotlineCallsYoYPercent: 5.4 })
    const b = extractMetrics('2022年，12345热线受理来电28789件，较上年减少417件，下降1.4%。', 2022, '石棠县人民政府')
    expect(b.metrics).toMatchObject({ hotlineCalls: 28789, hotlineCallsYoYPercent: -1.4 })
    // The percent of a part or a rate after the change in calls is not the calls'.
    expect(extractMetrics('2022年，12345热线受理来电28789件，较上年增加4917件，其中投诉类增长23.9%。', 2022, '石棠县人民政府').metrics.hotlineCallsYoYPercent).toBeNull()
  })
})
