// Review rv20b (issue 10 point 6): prose figures read wrong from 486 invented reports whose every table
// cell was right. Each block is one cause, with the reviewer's minimal input (its 原句) and a control
// that must still be read.
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'
import { proseStatements } from '../../shared/checks/narrative'

const noted = (r: ReturnType<typeof extractMetrics>, field: string, re: RegExp): boolean =>
  r.notes.some((n) => n.field === `metrics.${field}` && re.test(n.message))

describe('W1, W13: a table row printed as text is not a sentence', () => {
  it('table 三 cells written with 件: 自然人\'s cell is not the requests received', () => {
    const text = '三、收到和处理政府信息公开申请情况\n自然人 法人或其他组织 总计\n一、本年新收政府信息公开申请数量 15件 3件 1件 11件 0件 4件 34件\n二、上年结转政府信息公开申请数量 0件 0件 0件 1件 0件 0件 1件'
    const r = extractMetrics(text, 2019, '石棠市退役军人事务局')
    expect(r.metrics.requestsReceived).toBeNull()
    // Nor does the narrative check take the row's first cell as the prose's figure.
    expect(proseStatements([{ text: '一、本年新收政府信息公开申请数量 15件 3件 1件 11件 0件 4件 34件' }], 2019)).toEqual([])
    // Only the first cell written with 件 (an HTML table whose first column carries the unit).
    expect(extractMetrics('一、本年新收政府信息公开申请数量 40件 4 1 5 3 1 54\n二、上年结转政府信息公开申请数量 0件 0 0 0 0 0 0', 2019, '石棠市退役军人事务局').metrics.requestsReceived).toBeNull()
  })

  it('a row of two years (2022年 | 2023年): no cell is read, a note says why', () => {
    const hot = extractMetrics('2023年，本县扎实推进政务公开。\n指标 2022年 2023年\n12345热线受理来电 45000件 52000件\n', 2023, '青岚县人民政府')
    expect(hot.metrics.hotlineCalls).toBeNull()
    expect(noted(hot, 'hotlineCalls', /表格的一行/)).toBe(true)
    const act = extractMetrics('项目 2022年 2023年\n主动公开政府信息 4800条 5200条\n收到政府信息公开申请 40件 34件\n', 2023, '青岚县人民政府')
    expect(act.metrics.activeDisclosureItems).toBeNull()
    expect(act.metrics.requestsReceived).toBeNull()
    expect(act.notes.filter((n) => n.field === 'metrics.activeDisclosureItems')).toHaveLength(1)
    expect(noted(act, 'requestsReceived', /表格的一行/)).toBe(true)
  })

  it('a count followed by prose is still read', () => {
    const r = extractMetrics('全年主动公开政府信息5200条，收到政府信息公开申请34件。12345热线受理来电52000件，同比增长3.5%。', 2023, '青岚县人民政府')
    expect(r.metrics).toMatchObject({ activeDisclosureItems: 5200, requestsReceived: 34, hotlineCalls: 52000, hotlineCallsYoYPercent: 3.5 })
  })
})

describe('W8, W10, W11, W12: a whole wider than the body is not the body\'s figure', () => {
  it('a whole with the body\'s own part: the part is read', () => {
    const cases: [string, string, number][] = [
      ['全县各部门共收到政府信息公开申请1190件，其中本机关收到873件。', '沅屿区生态环境局', 873],
      ['系统内各单位共收到政府信息公开申请472件，其中局机关54件。', '石棠市教育局', 54],
      ['全区共受理政府信息公开申请1161件，其中本局298件。', '栖霞湾教育局', 298],
      ['（一）依申请公开情况\n全县各部门共收到政府信息公开申请340件，其中本机关收到33件。', '石棠市蓼花镇人民政府', 33],
    ]
    for (const [text, agency, want] of cases) expect([text, extractMetrics(text, 2023, agency).metrics.requestsReceived]).toEqual([text, want])
  })

  it('a government\'s or town\'s own whole with its 本机关 part: neither is taken, a note says why (review rv20c 1)', () => {
    const town = extractMetrics('全镇共受理政府信息公开申请8件，其中本机关受理5件。', 2020, '白沙镇人民政府')
    expect(town.metrics.requestsReceived).toBeNull()
    expect(noted(town, 'requestsReceived', /其中另列“本机关” 5 件，不能确定/)).toBe(true)
    expect(extractMetrics('2023年，全市共收到政府信息公开申请438件，其中本机关收到120件。', 2023, '石棠市人民政府').metrics.requestsReceived).toBeNull()
    // With the place's whole alone the government's figure is read, as before.
    expect(extractMetrics('2023年，全市共收到政府信息公开申请438件。', 2023, '石棠市人民政府').metrics.requestsReceived).toBe(438)
  })

  it('a place\'s whole in a department\'s report: null with a note; in that place\'s government\'s report: read', () => {
    const req = extractMetrics('全市共收到政府信息公开申请866件，各单位均按时答复。', 2023, '蓼溪县住房和城乡建设局')
    expect(req.metrics.requestsReceived).toBeNull()
    expect(noted(req, 'requestsReceived', /“全市”的合计/)).toBe(true)
    expect(proseStatements([{ text: '全市共收到政府信息公开申请866件，各单位均按时答复。' }], 2023, '蓼溪县住房和城乡建设局')).toEqual([])
    expect(extractMetrics('全市共收到政府信息公开申请866件。', 2023, '石棠市人民政府').metrics.requestsReceived).toBe(866)

    expect(extractMetrics('（一）主动公开情况\n全市共主动公开政府信息37,720条。', 2021, '某市教育局').metrics.activeDisclosureItems).toBeNull()
    const act = extractMetrics('全县共主动公开政府信息78810条。', 2023, '青岚县林业局')
    expect(act.metrics.activeDisclosureItems).toBeNull()
    expect(noted(act, 'activeDisclosureItems', /“全县”的合计/)).toBe(true)
    expect(extractMetrics('2023年，全县共主动公开政府信息78810条。', 2023, '青岚县人民政府').metrics.activeDisclosureItems).toBe(78810)

    const hot = extractMetrics('全市12345热线全年受理来电51463件，涉及本局的工单均按时办结。', 2023, '临汀县医疗保障局')
    expect(hot.metrics.hotlineCalls).toBeNull()
    expect(noted(hot, 'hotlineCalls', /“全市”的热线受理量/)).toBe(true)
    expect(extractMetrics('我市12345热线全年受理来电51463件。', 2023, '临汀市人民政府').metrics.hotlineCalls).toBe(51463)
  })
})

describe('W4: a total of all information disclosed, with 主动公开 as its part', () => {
  it('reads the part, never the total', () => {
    for (const [text, want] of [
      ['全年公开政府信息4534条，其中主动公开4119条，依申请公开415条。', 4119],
      ['全年发布各类政务信息50501条，其中主动公开政府信息5046条。', 5046],
      ['全年公开政府信息4534条，其中依申请公开415条，主动公开4119条。', 4119],
    ] as const) expect([text, extractMetrics(text, 2023, '青岚县人民政府').metrics.activeDisclosureItems]).toEqual([text, want])
  })

  it('a category of the total named 「其他应主动公开」 is not the 主动公开 part: the total is read as before', () => {
    expect(extractMetrics('全年共公布政府信息2602条（其中机构职能类信息82条，其他应主动公开政府信息1053条），对于主动公开的政府信息，主要通过网站公开。', 2020, '平潭综合实验区').metrics.activeDisclosureItems).toBe(2602)
  })

  it('without an exact part: null with a note', () => {
    const r = extractMetrics('全年公开政府信息4534条，其中主动公开约4千条。', 2023, '青岚县人民政府')
    expect(r.metrics.activeDisclosureItems).toBeNull()
    expect(noted(r, 'activeDisclosureItems', /公开的全部政府信息/)).toBe(true)
  })
})

describe('W9: the hotline\'s total with other channels is not its calls', () => {
  it('null with a note; a total whose calls are named as a part still gives the part', () => {
    for (const text of ['全年通过12345热线、政府网站等渠道受理群众诉求31151件。', '12345热线和政务服务网共受理群众诉求39503件。', '12345热线、110非警务警情联动平台共受理来电54253件。']) {
      const r = extractMetrics(text, 2023, '青岚县人民政府')
      expect([text, r.metrics.hotlineCalls, noted(r, 'hotlineCalls', /其他渠道的合计/)]).toEqual([text, null, true])
    }
    expect(extractMetrics('12345热线受理来电、网络留言等诉求86531件，其中来电65310件。', 2023, '青岚县人民政府').metrics.hotlineCalls).toBe(65310)
    expect(extractMetrics('12345政务服务便民热线全年受理来电52000件。', 2023, '青岚县人民政府').metrics.hotlineCalls).toBe(52000)
  })
})

describe('the hotline\'s and a mailbox\'s total is not the mailbox\'s messages (found by the W9 generator rule)', () => {
  it('「12345热线及网上信箱共受理来电N件」 gives no messagesReceived', () => {
    expect(extractMetrics('12345热线及网上信箱共受理来电82757件，同比增长28.5%。', 2020, '青岚县人民政府').metrics.messagesReceived).toBeNull()
    expect(extractMetrics('全年通过12345政务服务热线及网上信箱受理群众诉求119196件。', 2020, '青岚县人民政府').metrics.messagesReceived).toBeNull()
    expect(extractMetrics('县长信箱共收到留言608件。', 2020, '青岚县人民政府').metrics.messagesReceived).toBe(608)
  })
})

describe('a place named alone or by its 管委会 is a government of that level', () => {
  it('「全区共收到…」 in 平潭综合实验区\'s own report is read', () => {
    expect(extractMetrics('本年度全区共收到70件申请，及时依法依规办结69件。', 2021, '平潭综合实验区').metrics.requestsReceived).toBe(70)
    expect(extractMetrics('全区共收到政府信息公开申请70件。', 2021, '某经济开发区管委会').metrics.requestsReceived).toBe(70)
  })
})

describe('W7: the change of a rate or of a part is not the calls\' change', () => {
  it('the calls are read, the change is not', () => {
    for (const tail of ['接通率同比提高28.5%', '回访率同比提高12.0%', '群众满意率同比提高17.6%', '按时办结率同比提高3.5%', '群众满意度同比提高3.5%', '其中投诉类同比下降5.6%', '其中咨询类来电同比增长5.7%']) {
      const r = extractMetrics(`12345热线受理来电85951件，${tail}。`, 2023, '青岚县人民政府')
      expect([tail, r.metrics.hotlineCalls, r.metrics.hotlineCallsYoYPercent]).toEqual([tail, 85951, null])
    }
    expect(extractMetrics('12345热线受理来电85951件，同比提高2.5%，接通率98%。', 2023, '青岚县人民政府').metrics.hotlineCallsYoYPercent).toBe(2.5)
  })
})

describe('a 、 list of kinds of call is not a list of channels (review rv20c)', () => {
  it('「受理咨询、投诉、求助类来电N件」 is the hotline\'s own count; channels stay refused', () => {
    const own = extractMetrics('2023年，12345热线受理咨询、投诉、求助类来电290631件，同比增长5%。', 2023, '青岚县人民政府')
    expect(own.metrics.hotlineCalls).toBe(290631)
    expect(extractMetrics('通过12345热线、政府网站等渠道受理群众诉求31151件。', 2023, '青岚县人民政府').metrics.hotlineCalls).toBeNull()
    expect(extractMetrics('12345热线、110非警务警情联动平台共受理来电8000件。', 2023, '青岚县人民政府').metrics.hotlineCalls).toBeNull()
  })
})

describe('a mailbox\'s letters beside the messages: neither is taken (review rv20b D2)', () => {
  it('「信箱收到来信3700件，网上留言收到留言392条」 leaves messagesReceived null with a note; messages alone are read', () => {
    const two = extractMetrics('“书记信箱”“县长信箱”全年共收到来信3700件，“网上留言”共收到留言392条。', 2023, '青岚县人民政府')
    expect(two.metrics.messagesReceived).toBeNull()
    expect(noted(two, 'messagesReceived', /分别列出信箱来信/)).toBe(true)
    expect(extractMetrics('县长信箱共收到留言1200条。', 2023, '青岚县人民政府').metrics.messagesReceived).toBe(1200)
  })
})
