// The overview sentences of a hostile review (session 5): each with what its writer meant. Before
// the fix: "由上年的第12名下降至第15名" → 12, "由第18位跃升至第15位" → 18, "上年度…7,000条，本年度…8765条"
// → 7,000, a city 考核 rank stored as the index rank, 12345 transferred cases stored as calls.
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'
import type { Metrics } from '../../shared/model/report'

const YEAR = 2022
/** Sentence → the metrics it states for 2022 (every other metric must stay null). */
const CASES: [string, Partial<Metrics>][] = [
  ['2022年，本局在全省政务公开指数评估中位列第15名（共90个单位），较上年下降3个名次。全年主动公开政府信息8765条。', { indexRank: 15, indexRankOf: 90, indexRankChange: -3, activeDisclosureItems: 8765 }],
  ['2022年政务公开指数排名由上年的第12名下降至第15名。本局主动公开政府信息8765条。', { indexRank: 15, indexRankChange: -3, activeDisclosureItems: 8765 }],
  ['本局在全市32个部门政务公开考核中排名第5位，比上年前进2位。全年主动公开政府信息8,765条。', { activeDisclosureItems: 8765 }],
  ['12345热线转办涉及本局诉求1,234件，办结率100%。全年主动公开政府信息8765条。', { activeDisclosureItems: 8765 }],
  ['全年通过12345政务服务热线受理来电6,789件，同比下降8.5%，其中咨询类3000件。主动公开政府信息8765条。', { hotlineCalls: 6789, hotlineCallsYoYPercent: -8.5, activeDisclosureItems: 8765 }],
  ['主动公开政府信息8765条，较上年增加1,200条，同比增长15.9%。其中通过政府网站公开5000条，通过政务新媒体公开3765条。', { activeDisclosureItems: 8765, activeDisclosureItemsChange: 1200 }],
  ['全年主动公开政府信息8765条。2021年至2022年累计主动公开政府信息16,000余条。', { activeDisclosureItems: 8765 }],
  ['全年主动公开政府信息约0.88万条。', {}],
  ['全年共收到政府信息公开申请161件，较上年（120件）增加41件；主动公开政府信息8765条。', { requestsReceived: 161, activeDisclosureItems: 8765 }],
  ['2022年，我局在省政务公开第三方评估中获评优秀等次，位列全省第一。全年主动公开政府信息8765条。', { indexRank: 1, activeDisclosureItems: 8765 }],
  ['上年度本局主动公开政府信息7,000条，本年度主动公开政府信息8765条。', { activeDisclosureItems: 8765 }],
  ['全年主动公开政府信息8765条，上年为9,100条。政务公开指数排名第15位，上年第18位。', { activeDisclosureItems: 8765, indexRank: 15, indexRankChange: 3 }],
  ['全年主动公开政府信息8765条。12345热线受理来电5,400件，较上年的6,000件下降10%。', { activeDisclosureItems: 8765, hotlineCalls: 5400 }],
  ['全年主动公开政府信息8765条。政务公开指数排名较上年上升3位至第15位。', { activeDisclosureItems: 8765, indexRank: 15, indexRankChange: 3 }],
  ['全年主动公开政府信息8765条。政务公开指数排名第15位，较上年（第18位）提升3位。', { activeDisclosureItems: 8765, indexRank: 15, indexRankChange: 3 }],
  ['主动公开政府信息8765条（上年：7000条）。', { activeDisclosureItems: 8765 }],
  ['全年主动公开政府信息8765条。政务公开指数排名由第18位跃升至第15位。', { activeDisclosureItems: 8765, indexRank: 15, indexRankChange: 3 }],
  ['全年主动公开政府信息8765条。在全省政务公开指数评估中，本局排名第15位，上年排名第18位，提升3个位次。', { activeDisclosureItems: 8765, indexRank: 15, indexRankChange: 3 }],
  ['全年主动公开政府信息8765条。12345热线全年受理来电5,400件，其中转办我局诉求300件，同比下降10%。', { activeDisclosureItems: 8765, hotlineCalls: 5400 }],
  ['全年主动公开政府信息8,765条，较2021年的7,000条增长25.2%。', { activeDisclosureItems: 8765 }],
  ['全年主动公开政府信息8765条，其中2021年度信息补录300条。政务公开指数排名下降2位，位列第15名。', { activeDisclosureItems: 8765, indexRank: 15, indexRankChange: -2 }],
  ['2022年，本局政务公开指数排名由上年的第18名上升至第15名。上年度本局主动公开政府信息7,000条，本年度主动公开政府信息8765条。12345政务服务热线受理来电6,000件，同比上升20%。', { indexRank: 15, indexRankChange: 3, activeDisclosureItems: 8765, hotlineCalls: 6000, hotlineCallsYoYPercent: 20 }],
]

describe('the hostile review’s overview sentences', () => {
  it.each(CASES)('%s', (text, want) => {
    const got = extractMetrics(text, YEAR).metrics
    const expected = Object.fromEntries(Object.keys(got).map((k) => [k, want[k as keyof Metrics] ?? null]))
    expect(got).toEqual(expected)
  })

  it('says why the city 考核 rank and the transferred cases are not read', () => {
    expect(extractMetrics(CASES[2]![0], YEAR).notes.map((n) => n.field)).toEqual(['metrics.indexRank'])
    expect(extractMetrics(CASES[3]![0], YEAR).notes.map((n) => n.field)).toEqual(['metrics.hotlineCalls'])
  })
})
