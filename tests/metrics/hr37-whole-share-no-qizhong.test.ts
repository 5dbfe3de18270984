// Review hr37 G2: a whole place's count with the body's own share after it WITHOUT 其中 (「全市主动公开政府
// 信息98765条，本级主动公开4321条」「全市共收到…1932件，市政府办公室收到483件」「全市政府网站共收到网民留言
// 12345条，本单位收到123条」) was read as the body's figure (and, for requests, the narrative check raised a
// false mismatch). One rule for the three metrics: such a count is a whole holding the body's part; the part
// is read only where the whole is proven wider and the share names the body itself, else null with a note.
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'
import { proseStatements } from '../../shared/checks/narrative'

const CITY = '云溪市人民政府'
const noted = (r: ReturnType<typeof extractMetrics>, field: string, re: RegExp): boolean =>
  r.notes.some((n) => n.field === `metrics.${field}` && re.test(n.message))

describe('a whole\'s count then the body\'s share, no 其中', () => {
  it('requests: a city government\'s 全市 with its 本级 / office share: null with a note naming both', () => {
    for (const text of [
      '全市共收到政府信息公开申请1932件，本级收到483件。',
      '全市共收到政府信息公开申请1932件，市政府办公室收到483件。',
      '全市共收到政府信息公开申请1932件，市本级483件。',
      '全市共收到政府信息公开申请1932件，本机关收到483件。',
      '全市共收到政府信息公开申请1932件，本级收到政府信息公开申请483件。',
    ]) {
      const r = extractMetrics(text, 2023, CITY)
      expect([text, r.metrics.requestsReceived]).toEqual([text, null])
      expect([text, noted(r, 'requestsReceived', /1932件”是合计，其中另列.{0,10}483 件，不能确定/)]).toEqual([text, true])
    }
  })

  it('requests: a whole wider than the body with the body\'s own share: the share is read', () => {
    expect(extractMetrics('全市各级行政机关共收到政府信息公开申请1932件，本局收到483件。', 2023, '云溪市教育局').metrics.requestsReceived).toBe(483)
    expect(extractMetrics('全县各部门共收到政府信息公开申请1190件，本机关收到873件。', 2023, '青岚县自然资源局').metrics.requestsReceived).toBe(873)
    // A government's 本级 share is never the body's figure, even of a wider whole.
    expect(extractMetrics('全市教育系统各级行政机关共收到政府信息公开申请1932件，市本级483件。', 2023, '云溪市教育局').metrics.requestsReceived).toBeNull()
  })

  it('requests: the narrative check takes neither figure as the body\'s statement', () => {
    for (const text of ['全市共收到政府信息公开申请1932件，本级收到483件。', '全市共收到政府信息公开申请1932件，市政府办公室收到483件。']) {
      expect(proseStatements([{ text }], 2023, CITY).filter((st) => st.quantity === 'received')).toEqual([])
    }
  })

  it('主动公开: null with a note in the city\'s report; a department reads its share of the city\'s whole', () => {
    for (const text of ['全市主动公开政府信息98765条，本级主动公开4321条。', '全市主动公开政府信息98765条，市本级主动公开4321条。', '全市共主动公开政府信息98765条，本级主动公开政府信息4321条。']) {
      const r = extractMetrics(text, 2023, CITY)
      expect([text, r.metrics.activeDisclosureItems]).toEqual([text, null])
      expect([text, noted(r, 'activeDisclosureItems', /98765条”是合计，其中另列“(?:本级|市本级)” 4,321 条，不能确定/)]).toEqual([text, true])
    }
    expect(extractMetrics('全市主动公开政府信息98765条，本局主动公开4321条。', 2023, '云溪市教育局').metrics.activeDisclosureItems).toBe(4321)
    expect(extractMetrics('全市主动公开政府信息98765条，本局主动公开政府信息4321条。', 2023, '云溪市教育局').metrics.activeDisclosureItems).toBe(4321)
  })

  it('留言: a whole with the body\'s share: null with a note', () => {
    for (const agency of [CITY, '云溪市教育局']) {
      const r = extractMetrics('全市政府网站共收到网民留言12345条，本单位收到123条。', 2023, agency)
      expect(r.metrics.messagesReceived).toBeNull()
      expect(noted(r, 'messagesReceived', /12345条”是合计，其中另列“本单位” 123 条/)).toBe(true)
    }
  })

  it('controls: the body\'s own counts with other clauses after a comma are still read', () => {
    expect(extractMetrics('全年共收到政府信息公开申请483件，本机关均已按时答复。', 2023, CITY).metrics.requestsReceived).toBe(483)
    expect(extractMetrics('全年主动公开政府信息4321条，本级政务新媒体发布信息120条。', 2023, CITY).metrics.activeDisclosureItems).toBe(4321)
    expect(extractMetrics('全年领导信箱收到留言123条，本单位均已办结。', 2023, CITY).metrics.messagesReceived).toBe(123)
    expect(extractMetrics('全市主动公开政府信息98765条。', 2023, '云溪市教育局').metrics.activeDisclosureItems).toBeNull()
  })
})
