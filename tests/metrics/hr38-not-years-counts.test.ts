// Hostile review hr38: prose counts that are not the body's year's figure, one rule each for every metric.
// F2: a part of the year, an average, a peak or a running total (prose-period-qualifier.ts); F3: an estimate
// marked after the unit (prose-approx-after.ts); F4: a place's figure in a report of a body that is not that
// place's government (prose-place-subject.ts). Each is null with a Chinese note; the narrative check does
// not blame the table for such a count.
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'
import { proseStatements } from '../../shared/checks/narrative'

const CITY = '云溪市人民政府'
const DEPT = '云溪市教育局'
const read = (text: string, agency = CITY) => extractMetrics(text, 2023, agency)
const noteOn = (r: ReturnType<typeof read>, field: string) => r.notes.filter((n) => n.field === `metrics.${field}`).map((n) => n.message).join('')

describe('F2: a part of the year, an average, a peak or a running total is not the year\'s count', () => {
  it.each([
    ['第四季度，全市通过云溪市政府门户网站主动公开各类政府信息12000条。', 'activeDisclosureItems', '第四季度'],
    ['上半年，全市通过门户网站主动公开各类政府信息25000条。', 'activeDisclosureItems', '上半年'],
    ['1—9月，全市主动公开各类政府信息37500条。', 'activeDisclosureItems', '1—9月'],
    ['近三年来，全市主动公开各类政府信息150028条。', 'activeDisclosureItems', '近三年'],
    ['2023年，平均每月全市主动公开各类政府信息4169条。', 'activeDisclosureItems', '平均每月'],
    ['月均受理政府信息公开申请37件。', 'requestsReceived', '月均'],
    ['2023年，全市累计收到政府信息公开申请1438件。', 'requestsReceived', '累计'],
    ['12345政务服务热线累计受理来电2906310件，同比上升69.10%。', 'hotlineCalls', '累计'],
    ['12345政务服务热线开通以来受理来电2906310件。', 'hotlineCalls', '以来'],
    ['12345政务服务热线第四季度受理来电72631件，同比上升69.10%。', 'hotlineCalls', '第四季度'],
    ['12345政务服务热线日均受理来电796件，同比上升69.10%。', 'hotlineCalls', '日均'],
    ['12345政务服务热线单日最高受理来电2631件。', 'hotlineCalls', '单日'],
    ['网络及领导信箱日均收到留言31条。', 'messagesReceived', '日均'],
    ['网络及领导信箱上半年收到留言5485条。', 'messagesReceived', '上半年'],
    ['网络及领导信箱开通以来收到留言111485条。', 'messagesReceived', '以来'],
  ])('%s → %s null, with a note naming “%s”', (text, field, words) => {
    const r = read(text)
    expect(r.metrics[field as keyof typeof r.metrics]).toBeNull()
    expect(noteOn(r, field)).toContain(words)
    if (field === 'hotlineCalls') expect(r.metrics.hotlineCallsYoYPercent).toBeNull()
  })

  it('controls: the year named with 累计 or in the count\'s clause, and a whole-year span, are the year\'s', () => {
    expect(read('全年累计主动公开政府信息50028条。').metrics.activeDisclosureItems).toBe(50028)
    expect(read('截至2023年12月31日，本局当年发布政府信息393件。').metrics.activeDisclosureItems).toBe(393)
    expect(read('2023年1月至12月，12345政务服务热线受理来电290631件，同比上升69.10%。').metrics.hotlineCalls).toBe(290631)
    expect(read('2023年，网络及领导信箱收到留言11485条，平均办理时间为8天。').metrics.messagesReceived).toBe(11485)
    // A clause of its own with a count is no time phrase of the sentence.
    expect(read('上半年开展培训3次，全年主动公开政府信息5000条。').metrics.activeDisclosureItems).toBe(5000)
  })
})

describe('F3: an estimate marked after the unit is not read', () => {
  it.each([
    ['主动公开各类政府信息50000条左右。', 'activeDisclosureItems'],
    ['主动公开各类政府信息50000条上下。', 'activeDisclosureItems'],
    ['12345政务服务热线受理来电290000件左右，同比上升69.10%。', 'hotlineCalls'],
    ['网络及领导信箱收到留言11000条左右。', 'messagesReceived'],
    ['共受理政府信息公开申请440件左右。', 'requestsReceived'],
  ])('%s → %s null with a note', (text, field) => {
    const r = read(text)
    expect(r.metrics[field as keyof typeof r.metrics]).toBeNull()
    expect(noteOn(r, field)).toContain('约数')
  })
})

describe('F4: a place\'s figures in a department\'s report are not the department\'s', () => {
  const RANKS = [
    '我市在9月份发布的《浙江省政务公开指数报告》中位列86个县级政府第20名，比上年提高4个名次。',
    '云溪市在9月份发布的《浙江省政务公开指数报告》中位列86个县级政府第20名，比上年提高4个名次。',
    '全市政务公开工作在9月份发布的《浙江省政务公开指数报告》中位列86个县级政府第20名，比上年提高4个名次，本局积极配合做好相关工作。',
    '云溪市政务公开水平在9月份发布的《浙江省政务公开指数报告》中位列86个县级政府第20名，比上年提高4个名次。',
  ]
  it.each(RANKS)('rank: %s', (text) => {
    const dept = read(text, DEPT)
    expect([dept.metrics.indexRank, dept.metrics.indexRankOf, dept.metrics.indexRankChange]).toEqual([null, null, null])
    expect(noteOn(dept, 'indexRank')).toContain('不是本机关')
    // The city's own report: its own rank.
    expect([read(text).metrics.indexRank, read(text).metrics.indexRankOf, read(text).metrics.indexRankChange]).toEqual([20, 86, 4])
  })

  it('items, messages: 「全年全市通过…网站主动公开…」「全市领导信箱…」', () => {
    const items = '全年全市通过云溪市政府门户网站主动公开各类政府信息50028条。'
    expect(read(items, DEPT).metrics.activeDisclosureItems).toBeNull()
    expect(noteOn(read(items, DEPT), 'activeDisclosureItems')).toContain('全市')
    expect(read(items).metrics.activeDisclosureItems).toBe(50028)
    const msgs = '全市领导信箱收到留言11485条。'
    expect(read(msgs, DEPT).metrics.messagesReceived).toBeNull()
    expect(read(msgs).metrics.messagesReceived).toBe(11485)
  })

  it('controls: the body itself, a body named after the place, 全省 as the evaluation\'s scope', () => {
    expect(read('本局全年主动公开政府信息1334条。', DEPT).metrics.activeDisclosureItems).toBe(1334)
    expect(read('云溪市人力资源和社会保障局全年主动公开政府信息957条。', '云溪市人力资源和社会保障局').metrics.activeDisclosureItems).toBe(957)
    expect(read('我局在省政务公开第三方评估中排名全省第29位。', DEPT).metrics.indexRank).toBe(29)
  })
})

describe('the narrative check does not blame the table for such a count', () => {
  const sentence = (text: string) => [{ text }]
  it.each(['上半年受理政府信息公开申请238件。', '月均受理政府信息公开申请37件。', '累计受理政府信息公开申请1438件。', '共受理政府信息公开申请440件左右。'])('%s', (text) => {
    expect(proseStatements(sentence(text) as never, 2023, CITY).filter((s) => s.quantity === 'received')).toEqual([])
  })
  it('control: the year\'s count is compared', () => {
    expect(proseStatements(sentence('共受理政府信息公开申请438件。') as never, 2023, CITY).map((s) => s.value)).toEqual([438])
  })
})
