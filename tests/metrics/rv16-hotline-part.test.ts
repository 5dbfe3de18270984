// Review 16: 「受理群众诉求N件，其中来电M件、网络留言K件」 — the hotline's total work with its phone calls as a
// part. hotlineCalls are the calls the hotline took (report-model.md): before, the total N was read.
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'

describe('the phone calls named as a part of the hotline\'s 诉求', () => {
  it('are the calls, with a note; the total\'s change is not theirs', () => {
    const r = extractMetrics('12345政务服务热线全年受理群众诉求86531件，其中来电65310件、网络留言21221件，同比增长5.2%。', 2022)
    expect(r.metrics.hotlineCalls).toBe(65310)
    expect(r.metrics.hotlineCallsYoYPercent).toBeNull()
    expect(r.notes.find((n) => n.field === 'metrics.hotlineCalls')?.message).toMatch(/其中来电65310件/)
  })

  it('a total already of calls, or a part that is not of calls, is read as before', () => {
    expect(extractMetrics('12345热线全年受理来电86531件，其中咨询类65310件。', 2022).metrics.hotlineCalls).toBe(86531)
    expect(extractMetrics('12345热线全年受理群众诉求86531件，其中网络留言21221件。', 2022).metrics.hotlineCalls).toBe(86531)
  })

  it('a part of some calls only (another year\'s, a kind, transferred) is not the calls (rv16b)', () => {
    for (const part of ['其中上年来电65310件', '其中咨询类来电12034件', '其中转办来电40210件', '其中来电咨询12034件']) {
      expect([part, extractMetrics(`12345政务服务热线全年受理群众诉求86531件，${part}。`, 2022).metrics.hotlineCalls]).not.toEqual([part, Number(part.replace(/\D/g, ''))])
    }
  })
})
