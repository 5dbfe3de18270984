// Review rv20b: prose figures a reader takes as the body's, left unread (and without a note) because a
// wording put a bracket or a word where the rules did not expect one. Each case has a control that must
// still be refused.
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'

describe('rv20b: figures read through a bracket or another word order (with rv21b\'s near-misses)', () => {
  it('a scope bracket after the body itself is no sub-count (本局（含下属单位）收到…, b03)', () => {
    const r = extractMetrics('2024年，蓼溪县林业局认真贯彻落实《条例》。本局（含下属单位）收到政府信息公开申请45件。', 2024, '蓼溪县林业局')
    expect(r.metrics.requestsReceived).toBe(45)
    // An open bracket, or a clause opening with 含, is still a part.
    expect(extractMetrics('共办结申请50件（含收到政府信息公开申请45件）。', 2024, '蓼溪县林业局').metrics.requestsReceived).toBeNull()
    expect(extractMetrics('办结申请50件，含收到政府信息公开申请45件。', 2024, '蓼溪县林业局').metrics.requestsReceived).toBeNull()
    // After another subject the bracket hides nothing: a wider whole stays refused (review rv21b).
    for (const t of ['2024年，全县各单位（含本局）收到政府信息公开申请450件。', '2024年，全市（含各区县）收到政府信息公开申请4500件，本局收到申请45件。', '2024年，全县（含县林业局）共收到政府信息公开申请450件。', '2024年，局属单位（含二级机构）收到政府信息公开申请45件。']) {
      expect([null, 45], t).toContain(extractMetrics(t, 2024, '蓼溪县林业局').metrics.requestsReceived)
    }
    expect(extractMetrics('2024年，全县各单位（含本局）收到政府信息公开申请450件。', 2024, '蓼溪县林业局').metrics.requestsReceived).toBeNull()
  })

  it('a rank followed by a bracket of scores or of a group is not read: it may be a sub-index\'s or another body\'s (rv21b)', () => {
    expect(extractMetrics('2024年，在全省政务公开指数评估中，本局“政策解读”单项排名第3（满分20分）。', 2024, '蓼溪县林业局').metrics.indexRank).toBeNull()
    expect(extractMetrics('2024年，在全省政务公开指数评估中，所在设区市排名第3（市级组）。', 2024, '蓼溪县林业局').metrics.indexRank).toBeNull()
  })

  it('the count in the bracket right after this year\'s rank is its number ranked, after 由上年… (h10)', () => {
    const r = extractMetrics('2022年，在全省政务公开指数评估中，排名由上年的第9位提升至第6位（参评单位77个）。', 2022, '石棠县人民政府')
    expect(r.metrics).toMatchObject({ indexRank: 6, indexRankOf: 77 })
    // A count in a bracket after last year's rank stays last year's.
    const last = extractMetrics('2022年，在全省政务公开指数评估中，排名由上年的第9位（参评单位70个）提升至第6位。', 2022, '石棠县人民政府')
    expect(last.metrics.indexRank).toBe(6)
    expect(last.metrics.indexRankOf).toBeNull()
    // A bracket after this year's rank that names a year is that year's count (rv21b).
    for (const y of ['2023年', '上年']) {
      const other = extractMetrics(`2024年，在全省政务公开指数评估中，由上年的第9位提升至第6位（${y}参评单位70个）。`, 2024, '蓼溪县林业局')
      expect(other.metrics.indexRank).toBe(6)
      expect(other.metrics.indexRankOf).toBeNull()
    }
  })

  it('a change in percent after one in calls, read where the two agree (s08; rv21b)', () => {
    const b = extractMetrics('2022年，12345热线受理来电28789件，较上年减少417件，下降1.4%。', 2022, '石棠县人民政府')
    expect(b.metrics).toMatchObject({ hotlineCalls: 28789, hotlineCallsYoYPercent: -1.4 })
    // 4917 more than 23872 is 20.6 %: a printed 20.6 % is read.
    expect(extractMetrics('2022年，12345热线受理来电28789件，较上年增加4917件，增长20.6%。', 2022, '石棠县人民政府').metrics.hotlineCallsYoYPercent).toBe(20.6)
    // Directions that contradict, or a percent that is not the change in calls: null, with a note.
    for (const t of ['2022年，12345热线受理来电28789件，较上年减少4917件，增长23.9%。', '2022年，12345热线受理来电28789件，较上年增加4917件，下降23.9%。', '2022年，12345热线受理来电28789件，较上年增加491件，增长23.9%。']) {
      const r = extractMetrics(t, 2022, '石棠县人民政府')
      expect(r.metrics.hotlineCallsYoYPercent, t).toBeNull()
      expect(r.notes.some((n) => n.field === 'metrics.hotlineCallsYoYPercent' && /对不上/.test(n.message)), t).toBe(true)
    }
    // The percent of a part or a rate after the change in calls is not the calls'.
    expect(extractMetrics('2022年，12345热线受理来电28789件，较上年增加4917件，其中投诉类增长23.9%。', 2022, '石棠县人民政府').metrics.hotlineCallsYoYPercent).toBeNull()
  })

  it('a part\'s 受理量 with its change first is not the hotline\'s calls (rv21b)', () => {
    for (const part of ['涉企诉求受理量', '夜间受理量', '网络渠道受理量']) {
      const r = extractMetrics(`2022年，12345热线${part}同比增长5.4%，达到4786件。`, 2022, '石棠县人民政府')
      expect(r.metrics.hotlineCalls, part).toBeNull()
    }
  })
})
