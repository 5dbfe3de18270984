// Prose figures printed with their digits apart (a file that places each character on its own:
// review 10 R10-9's per-character OFD, 「申请1 1 5件」「位列 7 7个县」): never read as some other
// number, and the metric left empty carries a note saying why (before: empty without a word).
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'

describe('prose figures with spaced digits', () => {
  it('leaves them empty with a note, each metric of its own sentence', () => {
    const text = '全年共收到政府信息公开申请1 1 5件，均按时答复。在省政务公开指数评估中，我市位列 7 7个县（市、区）第68名。 1 2 3 45政务服务热线全年受理群众来电668405个，同比增长 2 4.64%。'
    const r = extractMetrics(text, 2023, '某市人民政府')
    expect(r.metrics.requestsReceived).toBeNull()
    expect(r.metrics.indexRankOf).toBeNull()
    expect(r.metrics.hotlineCallsYoYPercent).toBeNull()
    expect(r.metrics.indexRank).toBe(68)
    const noted = (k: string): string | undefined => r.notes.find((n) => n.field === `metrics.${k}`)?.message
    expect(noted('requestsReceived')).toContain('「1 1 5」')
    expect(noted('indexRankOf')).toContain('「7 7」')
    expect(noted('hotlineCallsYoYPercent')).toContain('「2 4.64%」')
  })

  it('takes a table row copied as text for no sentence (review rv17 F5: the row 一、本年新收… was blamed)', () => {
    const text = '全年收到政府信息公开申请较多。\n一、本年新收政府信息公开申请数量 40 6 1 0 2 1 50\n二、上年结转政府信息公开申请数量 3 1 0 0 0 0 4'
    const r = extractMetrics(text, 2023, null)
    expect(r.metrics.requestsReceived).toBeNull()
    expect(r.notes.filter((n) => n.message.includes('空格'))).toEqual([])
  })

  it('takes a sub-row with its own ordinal for a table row too (「（六）其他处理 1.申请人…」 was blamed)', () => {
    const text = '全年收到政府信息公开申请较多。\n（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 1 0 0 0 0 0 1'
    const r = extractMetrics(text, 2023, null)
    expect(r.notes.filter((n) => n.message.includes('空格'))).toEqual([])
  })

  it('takes a row whose line starts with the tail of the label above for a table row (review rv18 min4: 「信息公开申请（六）其2.申请人…」 was blamed)', () => {
    const text = '全年收到政府信息公开申请较多。\n信息公开申请（六）其2.申请人逾期未按收费通知要求他处理缴纳费用、行政机关不再处理其政府信息公开申请 1 0 0 0 0 0 1'
    const r = extractMetrics(text, 2023, null)
    expect(r.notes.filter((n) => n.message.includes('空格'))).toEqual([])
  })

  it('takes a row with a dash or 无 among its cells for a table row (review rv19c n1: 「40 6 1 — 2 1 50」 was blamed)', () => {
    for (const cells of ['40 6 1 — 2 1 50', '40\t6\t1\t—\t2\t1\t50', '40 6 1 无 2 1 50']) {
      const r = extractMetrics(`全年收到政府信息公开申请较多。\n一、本年新收政府信息公开申请数量 ${cells}`, 2023, null)
      expect(r.notes.filter((n) => n.message.includes('空格'))).toEqual([])
    }
  })

  it('still notes prose ending in five spaced digits (review rv17c: the row rule hid it)', () => {
    const r = extractMetrics('全年主动公开政府信息 3 1 2 6 5\n条，涉及各领域。', 2023, null)
    expect(r.notes.some((n) => n.field === 'metrics.activeDisclosureItems' && n.message.includes('空格'))).toBe(true)
  })

  it('says nothing where the figures read', () => {
    const r = extractMetrics('全年共收到政府信息公开申请115件，均按时答复。', 2023, null)
    expect(r.metrics.requestsReceived).toBe(115)
    expect(r.notes.filter((n) => n.message.includes('空格'))).toEqual([])
  })
})
