// Review hr36 F1: a whole place's or system's request count, with the body's own share after it
// (「全市各级行政机关共收到…1932件，其中本机关收到483件」), was read as the body's requestsReceived and the
// narrative check then accused the report of contradicting its table. The share is read where the whole is
// proven wider than the body; otherwise neither, with a note; never the whole.
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'
import { proseStatements } from '../../shared/checks/narrative'

const noted = (r: ReturnType<typeof extractMetrics>, re: RegExp): boolean =>
  r.notes.some((n) => n.field === 'metrics.requestsReceived' && re.test(n.message))

describe('a whole of all levels\' bodies with the body\'s own share', () => {
  it('a government\'s own place or no place named: null with a note, never the whole', () => {
    const cases: [string, string][] = [
      ['全市各级行政机关共收到政府信息公开申请1932件，其中本机关收到483件。', '云溪市人民政府'],
      ['各级行政机关共收到政府信息公开申请1932件，其中本机关收到483件。', '云溪市人民政府'],
      ['各级行政机关共收到政府信息公开申请1932件，其中本局收到483件。', '云溪市教育局'],
      ['全市共收到政府信息公开申请1932件，其中市政府本级收到483件。', '云溪市人民政府'],
      ['全县各级政府部门共受理政府信息公开申请1932件，其中县政府本级受理483件。', '青岚县人民政府'],
      ['2023年，共收到政府信息公开申请1932件，其中本级483件。', '青岚县人民政府'],
    ]
    for (const [text, agency] of cases) {
      const r = extractMetrics(text, 2023, agency)
      expect([text, r.metrics.requestsReceived]).toEqual([text, null])
      expect([text, noted(r, /是合计，其中另列.{0,8}483 件，不能确定/)]).toEqual([text, true])
    }
  })

  it('a whole wider than the body (another level, a system): the body\'s share is read', () => {
    const cases: [string, string][] = [
      ['全市教育系统各级行政机关共收到政府信息公开申请1932件，其中本局收到483件。', '云溪市教育局'],
      ['全市各级行政机关共收到政府信息公开申请1932件，其中本局收到483件。', '云溪市教育局'],
      ['全省各级行政机关共受理政府信息公开申请1932件，其中本机关受理483件。', '云溪市人民政府'],
      ['全区各级政府部门共收到政府信息公开申请1932件，其中，本委收到483件。', '某区卫生健康委员会'],
    ]
    for (const [text, agency] of cases) expect([text, extractMetrics(text, 2023, agency).metrics.requestsReceived]).toEqual([text, 483])
  })

  it('a system\'s or a wider place\'s whole with a government\'s 本级 share: null, never the whole', () => {
    const r = extractMetrics('全市教育系统各级行政机关共收到政府信息公开申请1932件，其中市本级483件。', 2023, '云溪市教育局')
    expect(r.metrics.requestsReceived).toBeNull()
  })

  it('a whole of all levels\' bodies alone: the place\'s government reads it, a department does not', () => {
    expect(extractMetrics('全市各级行政机关共收到政府信息公开申请1932件。', 2023, '云溪市人民政府').metrics.requestsReceived).toBe(1932)
    const dept = extractMetrics('全市各级行政机关共收到政府信息公开申请1932件。', 2023, '云溪市教育局')
    expect(dept.metrics.requestsReceived).toBeNull()
    expect(noted(dept, /“全市各级行政机关”的合计/)).toBe(true)
  })

  it('the narrative check takes neither the whole nor the share as the body\'s statement', () => {
    for (const text of ['全市各级行政机关共收到政府信息公开申请1932件，其中本机关收到483件。', '全市共收到政府信息公开申请1932件，其中市政府本级收到483件。']) {
      expect(proseStatements([{ text }], 2023, '云溪市人民政府').filter((st) => st.quantity === 'received')).toEqual([])
    }
    // A plain statement is still compared.
    expect(proseStatements([{ text: '本机关共收到政府信息公开申请483件。' }], 2023, '云溪市人民政府').map((st) => st.value)).toEqual([483])
  })

  it('主动公开 (control, its own whole rule): a whole of all levels\' bodies is not read; the body\'s 本局 share is', () => {
    const act = extractMetrics('全市各级行政机关共主动公开政府信息98765条。', 2023, '云溪市教育局')
    expect(act.metrics.activeDisclosureItems).toBeNull()
    expect(extractMetrics('全市各级行政机关共主动公开政府信息98765条，其中本局主动公开8765条。', 2023, '云溪市教育局').metrics.activeDisclosureItems).toBe(8765)
    expect(extractMetrics('全市各级行政机关共主动公开政府信息98765条，其中本机关主动公开8765条。', 2023, '云溪市人民政府').metrics.activeDisclosureItems).not.toBe(98765)
  })

  it('the body itself as the subject keeps its count, its office\'s share after it aside', () => {
    expect(extractMetrics('本局（含下属单位）共收到政府信息公开申请50件，其中局机关收到30件。', 2023, '云溪市教育局').metrics.requestsReceived).toBe(50)
    expect(extractMetrics('2023年，我委共受理政府信息公开申请50件，其中委机关30件。', 2023, '某区卫生健康委员会').metrics.requestsReceived).toBe(50)
  })
})
