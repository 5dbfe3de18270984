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
