// extractMetrics on invented sentences: each phrasing of each metric, units and separators,
// negations, sub-counts and missing values (null, never 0, never guessed).
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'

const m = (text: string) => extractMetrics(text).metrics

describe('extractMetrics: items disclosed', () => {
  it('reads the year\'s total, not its sub-counts', () => {
    const text = '全年全市通过门户网站主动公开各类政府信息 8,765 条，包括重点领域信息 2100 条，其中政策文件 321 条。'
    const r = extractMetrics(text)
    expect(r.metrics.activeDisclosureItems).toBe(8765)
    expect(r.sources.activeDisclosureItems).toContain('8,765')
  })

  it('cites the sentence as printed, line breaks and spaces included', () => {
    const r = extractMetrics('一、总体情况\n全年全市主动公开各类政府信息 33887\n条，包括重点领域信息 14160 条；共受理政府信息公\n开申请件 405件。')
    expect(r.metrics.activeDisclosureItems).toBe(33887)
    expect(r.sources.activeDisclosureItems).toBe('全年全市主动公开各类政府信息 33887\n条，包括重点领域信息 14160 条；')
    expect(r.sources.requestsReceived).toBe('共受理政府信息公\n开申请件 405件。')
  })

  it('reads 公布/发布 政府信息 without 主动, numbers broken over lines, 余 and full-width digits', () => {
    expect(m('今年，我区各单位共公布政府信息1234条。').activeDisclosureItems).toBe(1234)
    expect(m('本局通过部门网站当年发布政府信息 393 件。').activeDisclosureItems).toBe(393)
    expect(m('全年主动公开各类政府信息33466\n条，包括重点领域信息11425条。').activeDisclosureItems).toBe(33466)
    expect(m('市政府网站主动公开各类政府信息 5500 余条。').activeDisclosureItems).toBe(5500)
    expect(m('全年主动公开政府信息１２３条。').activeDisclosureItems).toBe(123)
  })

  it('reads a long count printed with separators, or of eight digits', () => {
    expect(m('全年主动公开政府信息123,456,789条。').activeDisclosureItems).toBe(123456789)
    expect(m('12345热线全年受理来电12345678个。').hotlineCalls).toBe(12345678)
  })

  it('reads a 万 figure only when it is printed down to the unit', () => {
    expect(m('全年主动公开政府信息1.2345万条。').activeDisclosureItems).toBe(12345)
    expect(m('全年主动公开政府信息1.23456万条。').activeDisclosureItems).toBeNull()
    expect(m('全年主动公开政务信息近6000条。').activeDisclosureItems).toBeNull()
  })

  // 「1.2万条」 stands for anything from 11,500 to 12,499; the model has no approximate field (review 9 F8).
  it.each([
    ['全年主动公开政府信息1.2万条。', 'activeDisclosureItems', '“1.2万”'],
    ['全年主动公开政府信息2.3万条。', 'activeDisclosureItems', '“2.3万”'],
    ['全年主动公开政府信息1.8万余条。', 'activeDisclosureItems', '“1.8万余”'],
    ['全年共收到政府信息公开申请1.2万件。', 'requestsReceived', '“1.2万”'],
    ['12345热线全年受理来电18万件。', 'hotlineCalls', '“18万”'],
    ['12345热线受理三万件。', 'hotlineCalls', '“三万”'],
    ['网站收到留言1.5万条。', 'messagesReceived', '“1.5万”'],
    // Two numbers run together (a tracked change printed to PDF: 40000 struck, 45367 new; review 9 g03).
    ['全年共主动公开政府信息 4000045367 条。', 'activeDisclosureItems', '“4000045367”有 10 位数字'],
    ['全年共收到政府信息公开申请118118118件。', 'requestsReceived', '“118118118”有 9 位数字'],
  ] as const)('leaves the rounded or run-together figure in %s null, with a note quoting it', (text, key, quoted) => {
    const r = extractMetrics(text)
    expect(r.metrics[key]).toBeNull()
    const note = r.notes.find((n) => n.field === `metrics.${key}`)
    expect(note?.message).toContain(quoted)
    expect(note?.message).toContain(`（原句：${text}）`)
  })

  it('gives null for sub-categories, channels and counts without 政府信息', () => {
    expect(m('全年主动公开重点领域信息 500 条，政策解读信息 60 条。').activeDisclosureItems).toBeNull()
    expect(m('（其中机构职能类信息25条，其他应主动公开政府信息856条）').activeDisclosureItems).toBeNull()
    expect(m('通过政务新媒体主动公开信息 9000 条。').activeDisclosureItems).toBeNull()
    expect(m('门户网站共发布各类信息 13528 条。').activeDisclosureItems).toBeNull()
    expect(m('全年未主动公开政府信息。').activeDisclosureItems).toBeNull()
  })
})

describe('extractMetrics: requests received', () => {
  it('reads each phrasing', () => {
    expect(m('共受理政府信息公开申请件 405件，市政府未发生败诉。').requestsReceived).toBe(405)
    expect(m('全年收到政府信息公开申请 34 件，上年结转 2 件。').requestsReceived).toBe(34)
    expect(m('本年度全区共收到70件申请，及时办结69件。').requestsReceived).toBe(70)
    expect(m('本街道共收到12件信息依申请公开，其中10件已经答复。').requestsReceived).toBe(12)
    expect(m('2022年区统计局收到政府信息公开申请0件。').requestsReceived).toBe(0)
    expect(m('全年共受理依申请公开 56 件，均按时答复。').requestsReceived).toBe(56)
    expect(m('（二）依申请公开情况\n2023年，我局共受理 15 件，办结 14 件。').requestsReceived).toBe(15)
  })

  it('takes the total, not a sub-body or carried-over requests', () => {
    expect(m('全市共受理政府信息公开申请 3119 件，其中市政府共受理政府信息公开申请 92 件。').requestsReceived).toBe(3119)
    expect(m('其中市政府共受理政府信息公开申请 92 件。').requestsReceived).toBeNull()
    // The government's own level first, then the place's whole: which one the report counts is not said (ps38,
    // own-share.ts): neither is read, a note names both.
    const levelFirst = extractMetrics('市政府本级受理政府信息公开申请92件。全市共受理政府信息公开申请 3119 件。')
    expect(levelFirst.metrics.requestsReceived).toBeNull()
    expect(levelFirst.notes.some((n) => n.field === 'metrics.requestsReceived' && n.message.includes('3119') && n.message.includes('市政府本级'))).toBe(true)
    expect(m('另有上年结转申请27件。').requestsReceived).toBeNull()
  })

  it('gives null when the prose says none was received or says nothing', () => {
    expect(m('全年未收到政府信息公开申请。').requestsReceived).toBeNull()
    expect(m('本年度无政府信息公开申请，无行政复议。').requestsReceived).toBeNull()
    expect(m('我局严格按照程序办理政府信息公开申请。').requestsReceived).toBeNull()
    expect(m('（二）依申请公开情况\n2023年，我局未受理政府信息公开申请。').requestsReceived).toBeNull()
  })
})

describe('extractMetrics: 政务公开指数 rank', () => {
  it('reads rank, field and a gain', () => {
    const r = m('我市政务公开水平在7月份发布的《浙江省政务公开指数报告》中位列 77 个县级政府第 17 名，比年初提高 3 个名次。')
    expect([r.indexRank, r.indexRankOf, r.indexRankChange]).toEqual([17, 77, 3])
  })

  it('makes a fall negative and leaves an unstated change null', () => {
    const down = m('在政务公开指数评估中位列85个县级政府第25名，比上年下降3个名次。')
    expect([down.indexRank, down.indexRankOf, down.indexRankChange]).toEqual([25, 85, -3])
    const none = m('在政务公开指数报告中位列86个县级政府第26名。')
    expect([none.indexRank, none.indexRankOf, none.indexRankChange]).toEqual([26, 86, null])
    const before = m('在2023年度政务公开指数评估中，我市在全省90个县（市、区）中排名第10位，较上年上升2位。')
    expect([before.indexRank, before.indexRankOf, before.indexRankChange]).toEqual([10, 90, 2])
    const first = m('我市政务公开指数位列全省第一，比上年前进2位。')
    expect([first.indexRank, first.indexRankOf, first.indexRankChange]).toEqual([1, null, 2])
    const cn = m('我县在全省政务公开指数中位列全省第十二名。')
    expect([cn.indexRank, cn.indexRankOf, cn.indexRankChange]).toEqual([12, null, null])
  })

  it('ignores ranks that are not about the 政务公开指数', () => {
    expect(m('我市营商环境评价位列全省第3名。').indexRank).toBeNull()
  })
})

describe('extractMetrics: 12345 hotline and mailbox', () => {
  it('reads calls and the signed year-on-year change', () => {
    const up = m('12345 政务服务热线受理来电174794件，同比上升 33.83%，其中交办 20351件。')
    expect([up.hotlineCalls, up.hotlineCallsYoYPercent]).toEqual([174794, 33.83])
    const down = m('12345热线全年话务量 52000 次，同比下降 4.5%。')
    expect([down.hotlineCalls, down.hotlineCallsYoYPercent]).toEqual([52000, -4.5])
    const vs = m('12345热线全年受理来电 61000 件，较上年增长 12.5%。')
    expect([vs.hotlineCalls, vs.hotlineCallsYoYPercent]).toEqual([61000, 12.5])
    const noYoY = m('12345政务服务热线受理来电 8000 件。')
    expect([noYoY.hotlineCalls, noYoY.hotlineCallsYoYPercent]).toEqual([8000, null])
  })

  it('does not read 12345 itself or a hotline mention without a count', () => {
    const r = m('开通12345平台非工作时间预约办事，全部事项均可在30分钟内办结。举办5期“12345”热线问政。')
    expect([r.hotlineCalls, r.hotlineCallsYoYPercent]).toEqual([null, null])
  })

  it('reads mailbox messages', () => {
    expect(m('2020 年，网络及领导信 箱收到留言数量和办结留言数量均为 11194 条，平均办理时间为6 天。').messagesReceived).toBe(11194)
    expect(m('政民互动平台共收到网民留言 3,210 条，均已答复。').messagesReceived).toBe(3210)
    expect(m('互动栏目留言数量偏少，意见征集反馈不够及时。').messagesReceived).toBeNull()
  })
})

describe('extractMetrics: the wordings real reports use for requests', () => {
  it.each([
    ['2023年，本机关共收到依申请信息公开26件。', 26],
    ['本年度，我市接收公民、法人和其他组织提出的各类政府信息公开申请共计81件。', 81],
    ['全年受理政府信息公开申请 17 件，均已按期答复。', 17],
    ['全年共受理依申请公开12件。', 12],
    ['本年度新收政府信息公开申请35件，上年结转2件。', 35],
    ['本年度上年结转2件，新收政府信息公开申请35件。', 35],
    ['本年度新收政府信息公开申请35件，上年结转政府信息公开申请2件。', 35],
    ['全年共收到政府信息公开申请35件，其中上年结转2件。', 35],
    ['全年共收到政府信息公开申请两件。', 2],
    ['全年共收到政府信息公开申请二十六件。', 26],
    ['本机关收到依申请政府信息公开一百零五件。', 105],
    ['全年接收处理依申请公开4237件，办结4200件。', 4237],
    ['2024年全市共收到依申请件927件，上年结转34件。', 927],
  ])('%s → %i', (text, want) => {
    const r = extractMetrics(text)
    expect(r.metrics.requestsReceived).toBe(want)
    expect(r.sources.requestsReceived).toBe(text)
  })

  it.each([
    '上年结转政府信息公开申请2件。',
    '收到2022年度转入的政府信息公开申请5件。',
    '办理上级转来的政府信息公开申请3件。',
    '本年度共受理行政复议申请3件。',
    '收到涉及征地拆迁的政府信息公开申请80件。',
    '收到关于不动产登记的政府信息公开申请12件。',
    '全年受理政府信息公开申请2023年1月至12月共35件。',
  ])('leaves %s null', (text) => {
    expect(m(text).requestsReceived).toBeNull()
  })

  it('takes the total, not a later count of one topic', () => {
    expect(m('全年共收到政府信息公开申请120件。收到涉及征地拆迁的政府信息公开申请80件。').requestsReceived).toBe(120)
  })
})

describe('extractMetrics: the wordings real reports use for the hotline', () => {
  it.each([
    // A rounded 万 figure is no count; the change on last year is printed exactly.
    ['12345热线（政务服务便民热线）受理群众诉求1.2万件，同比增长5.6%。', null, 5.6],
    ['12345政务服务便民热线全年办理群众诉求 3,456 件，同比下降 2.1%。', 3456, -2.1],
    ['12345热线共接听来电8900个。', 8900, null],
    ['12345热线全年受理各类诉求12.3456万件。', 123456, null],
    // The change follows another count: it may be that count's, so it is not read.
    ['12345热线受理来电8000件，其中咨询类3000件，同比增长5.6%。', 8000, null],
    ['12345热线受理来电8000件，办结率99.5%。', 8000, null],
  ])('%s → %s calls, %s %%', (text, calls, yoy) => {
    const r = extractMetrics(text)
    expect([r.metrics.hotlineCalls, r.metrics.hotlineCallsYoYPercent]).toEqual([calls, yoy])
    expect(r.sources[calls === null ? 'hotlineCallsYoYPercent' : 'hotlineCalls']).toBe(text)
  })

  it('does not read a date after the verb as calls', () => {
    expect(m('12345热线办理群众诉求2023年共8000件。').hotlineCalls).toBeNull()
  })
})

describe('extractMetrics: the wordings real reports use for the rank', () => {
  it.each([
    ['在全省政务公开第三方评估中位列第5名，较上年提升2位。', 5, 2],
    ['在全省政务公开第三方评估中位列第五位，较上年上升两位。', 5, 2],
    ['在全省政务公开第三方评估中排名第5，较上年提升2位。', 5, 2],
    ['在2023年度全省政务公开工作考核中排名全市第二。', 2, null],
  ])('%s → rank %i, change %s', (text, rank, change) => {
    const r = extractMetrics(text)
    expect([r.metrics.indexRank, r.metrics.indexRankChange]).toEqual([rank, change])
    expect(r.sources.indexRank).toBe(text)
  })

  // A city's or county's own 考核 of its bodies is not the provincial 政务公开指数 (report-model.md).
  it.each(['在全市政务公开考核中获评优秀，排名第3位。', '我县政务公开工作在全市考核中位列第4名，较上年下降1位。'])('%s → not the index rank, with a note', (text) => {
    const r = extractMetrics(text)
    expect([r.metrics.indexRank, r.metrics.indexRankChange]).toEqual([null, null])
    expect(r.notes.map((n) => n.message).join()).toContain('不是全省政务公开指数排名')
  })

  it.each([
    '我市营商环境排名全省第1，政务公开工作有序推进。',
    '在全市营商环境考核中排名第1，政务公开考核获评良好。',
    '政务公开第三方评估结果在2023年5月公布。',
  ])('leaves %s null', (text) => {
    expect(m(text).indexRank).toBeNull()
  })
})

describe('extractMetrics: nothing stated', () => {
  it('gives null for every metric, not 0', () => {
    const r = extractMetrics('一、总体情况\n本年度，我局坚持“以公开为常态、不公开为例外”原则，扎实推进政务公开工作。')
    expect(Object.values(r.metrics).every((v) => v === null)).toBe(true)
    expect(r.sources).toEqual({})
  })
})

describe('extractReport: prose figures keep their sentence', () => {
  it('records each figure in provenance as read from prose, with the sentence', () => {
    const text = [
      '某县人民政府2023年政府信息公开工作年度报告',
      '一、总体情况',
      '本年度，我县接收公民、法人和其他组织提出的各类政府信息公开申请共计81件，上年结转2件。',
      '12345热线（政务服务便民热线）受理群众诉求12000件，同比增长5.6%。',
      '在全省政务公开第三方评估中位列第五位，较上年上升两位。',
    ].join('\n')
    const ex = extractReport(textToDocument(text, 'x.txt'))
    const { metrics } = ex.report
    expect([metrics.requestsReceived, metrics.hotlineCalls, metrics.hotlineCallsYoYPercent, metrics.indexRank, metrics.indexRankChange]).toEqual([81, 12000, 5.6, 5, 2])
    expect(ex.provenance['metrics.requestsReceived']).toMatchObject({ how: 'prose', text: '本年度，我县接收公民、法人和其他组织提出的各类政府信息公开申请共计81件，上年结转2件。' })
    expect(ex.provenance['metrics.hotlineCalls']).toMatchObject({ how: 'prose', text: '12345热线（政务服务便民热线）受理群众诉求12000件，同比增长5.6%。' })
    expect(ex.provenance['metrics.indexRank']).toMatchObject({ how: 'prose', text: '在全省政务公开第三方评估中位列第五位，较上年上升两位。' })
    expect(ex.provenance['metrics.indexRankOf']).toBeUndefined()
  })
})

describe('extractMetrics: a department quoting its county\'s total (review s7 §8)', () => {
  it('reads the body\'s own part, never the county\'s total', () => {
    expect(extractMetrics('2022年，全县各部门共主动公开政府信息98765条，其中本局主动公开8765条。', 2022).metrics.activeDisclosureItems).toBe(8765)
  })

  it('leaves a county total without the body\'s part unread, with a note', () => {
    const m = extractMetrics('2022年，全市各级各部门共主动公开政府信息98765条。', 2022)
    expect(m.metrics.activeDisclosureItems).toBeNull()
    expect(m.notes.some((n) => n.field === 'metrics.activeDisclosureItems' && n.message.includes('合计'))).toBe(true)
  })
})
