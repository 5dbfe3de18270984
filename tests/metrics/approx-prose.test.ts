// Approximate prose figures (review 10 R10-4): 「留言逾880件」「近880件」 were read as 880, 「近千件」 as
// 1000, 「排名约第5位」 as 5, and approximate 申请/来电 figures were dropped with no note. A bound or an
// estimate states no exact number: null, with a note quoting the sentence. 「880余件」 keeps its digits
// with a note, as 主动公开 does (metrics-active.ts).
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'
import type { Metrics } from '../../shared/model/report'

const read = (s: string) => extractMetrics(s, 2023, '青禾县人民政府')
const notesOn = (s: string, key: keyof Metrics): string[] => read(s).notes.filter((n) => n.field === `metrics.${key}`).map((n) => n.message)

describe('approximate prose figures', () => {
  const cases: [string, keyof Metrics, string][] = [
    ['政府网站“领导信箱”共收到群众留言逾880件。', 'messagesReceived', '逾880件'],
    ['政府网站“领导信箱”共收到群众留言近880件。', 'messagesReceived', '近880件'],
    ['政府网站“领导信箱”共收到群众留言近千件。', 'messagesReceived', '近千件'],
    ['政府网站“领导信箱”共收到群众留言超过880件。', 'messagesReceived', '超过880件'],
    ['全年共收到政府信息公开申请近331件。', 'requestsReceived', '近331件'],
    ['全年共收到政府信息公开申请超过300件。', 'requestsReceived', '超过300件'],
    ['12345政务服务热线全年受理群众来电近53万个。', 'hotlineCalls', '近53万个'],
    ['12345政务服务热线全年受理群众来电将近530000个。', 'hotlineCalls', '将近530000个'],
    ['在全省政务公开第三方评估中排名约第5位（共104家）。', 'indexRank', '约第5位'],
    ['在全省政务公开第三方评估中排名第5位左右。', 'indexRank', '第5位左右'],
  ]
  for (const [sentence, key, figure] of cases) {
    it(`${figure}: not read, a note quotes it with its sentence`, () => {
      expect(read(sentence).metrics[key]).toBeNull()
      const notes = notesOn(sentence, key)
      expect(notes.join()).toContain(`“${figure}”是约数`)
      expect(notes.join()).toContain(`（原句：${sentence}）`)
    })
  }

  it('keeps a lower bound 「880余件」 as printed, with a note', () => {
    const s = '政府网站“领导信箱”共收到群众留言880余件。'
    expect(read(s).metrics.messagesReceived).toBe(880)
    expect(notesOn(s, 'messagesReceived').join()).toContain('实际数量多于此数')
    const h = '12345政务服务热线全年受理群众来电530000余个。'
    expect(read(h).metrics.hotlineCalls).toBe(530000)
    expect(notesOn(h, 'hotlineCalls').join()).toContain('实际数量多于此数')
  })

  it('reads the exact figures, with no note', () => {
    const r = read('政府网站“领导信箱”共收到群众留言880件。全年共收到政府信息公开申请331件。12345政务服务热线全年受理群众来电530000个。在全省政务公开第三方评估中排名第5位。')
    expect([r.metrics.messagesReceived, r.metrics.requestsReceived, r.metrics.hotlineCalls, r.metrics.indexRank]).toEqual([880, 331, 530000, 5])
    expect(r.notes).toEqual([])
  })
})
