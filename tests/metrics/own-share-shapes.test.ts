// Hostile review ps38 (issue 10): a whole's count named with a share in other shapes than 「，本级…」 was read
// as the body's own figure with no note: the share in its own sentence (「全市主动公开政府信息98765条。本级主动公开
// 4321条。」), after 「；」, first (「本级主动公开4321条，全市…98765条。」), as a percentage (「…，本级占4.4%。」) and
// a part of other bodies (「…，其中区县主动公开94444条。」「…，市直部门主动公开4321条。」). One reading for every
// metric and for the narrative check (shared/extract/own-share.ts): the share where it names the body itself
// and the whole is wider than the body, else null with a note naming both figures.
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'
import { proseStatements } from '../../shared/checks/narrative'
import { metricCases } from './sentences'

const CITY = '云溪市人民政府'
const DEPT = '云溪市教育局'
const notes = (r: ReturnType<typeof extractMetrics>, field: string): string[] => r.notes.filter((n) => n.field === `metrics.${field}`).map((n) => n.message)

const ACTIVE = [
  ['全市主动公开政府信息98765条。本级主动公开4321条。', '4,321'],
  ['全市主动公开政府信息98765条；本级主动公开4321条。', '4,321'],
  ['本级主动公开4321条，全市主动公开政府信息98765条。', '4,321'],
  ['全市主动公开政府信息98765条，本级占4.4%。', '4.4%'],
  ['全市主动公开政府信息98765条，其中区县主动公开94444条。', '94,444'],
  ['全市主动公开政府信息98765条，市直部门主动公开4321条。', '4,321'],
  ['全市主动公开政府信息98765条，市直部门主动公开政府信息4321条。', '4,321'],
] as const

describe('a whole named with a share, in every shape', () => {
  it('主动公开: never the whole as the city government\'s own; null with a note naming both figures', () => {
    for (const [text, share] of ACTIVE) {
      const r = extractMetrics(text, 2023, CITY)
      expect([text, r.metrics.activeDisclosureItems]).toEqual([text, null])
      const said = notes(r, 'activeDisclosureItems')
      expect([text, said.length === 1 && said[0]!.includes('98765条') && said[0]!.includes(share)]).toEqual([text, true])
    }
  })

  it('主动公开: a department reads its own share of the city\'s whole, in its own sentence or first', () => {
    for (const text of ['全市主动公开政府信息98765条。本局主动公开政府信息4321条。', '全市主动公开政府信息98765条；本局主动公开4321条。', '本局主动公开政府信息4321条，全市主动公开政府信息98765条。']) {
      expect([text, extractMetrics(text, 2023, DEPT).metrics.activeDisclosureItems]).toEqual([text, 4321])
    }
    // A government's level, a percentage or other bodies' part is never the department's figure.
    for (const [text] of ACTIVE) expect([text, extractMetrics(text, 2023, DEPT).metrics.activeDisclosureItems]).toEqual([text, null])
  })

  it('requests and 留言: the same shapes give null with a note naming both figures', () => {
    for (const text of ['全市共收到政府信息公开申请1932件。本级收到483件。', '全市共收到政府信息公开申请1932件；本级483件。', '本级收到政府信息公开申请483件，全市共收到政府信息公开申请1932件。', '全市共收到政府信息公开申请1932件，本级占25%。', '全市共收到政府信息公开申请1932件，其中区县收到1449件。', '全市共收到政府信息公开申请1932件，市直部门收到1449件。']) {
      const r = extractMetrics(text, 2023, CITY)
      expect([text, r.metrics.requestsReceived]).toEqual([text, null])
      expect([text, notes(r, 'requestsReceived').some((m) => m.includes('1932件') && /“(?:本级|区县|市直部门)”/.test(m))]).toEqual([text, true])
    }
    expect(extractMetrics('全市共收到政府信息公开申请1932件。本局收到483件。', 2023, DEPT).metrics.requestsReceived).toBe(483)
    for (const text of ['全市政府网站共收到网民留言12345条。本单位收到123条。', '本单位收到留言123条，全市政府网站共收到网民留言12345条。', '全市政府网站共收到网民留言12345条，本级占1%。', '全市政府网站共收到网民留言12345条，其中各区县收到9000条。']) {
      const r = extractMetrics(text, 2023, CITY)
      expect([text, r.metrics.messagesReceived]).toEqual([text, null])
      expect([text, notes(r, 'messagesReceived').some((m) => m.includes('12345条'))]).toEqual([text, true])
    }
  })

  it('the narrative check takes neither figure as the body\'s statement (no false NARRATIVE_TABLE_MISMATCH)', () => {
    for (const text of ['全市共收到政府信息公开申请1932件。本级收到483件。', '本级收到政府信息公开申请483件，全市共收到政府信息公开申请1932件。', '全市共收到政府信息公开申请1932件，本级占25%。', '全市共收到政府信息公开申请1932件，市直部门收到1449件。']) {
      const sentences = text.split(/(?<=。)/).map((t) => ({ text: t }))
      expect([text, proseStatements(sentences, 2023, CITY).filter((st) => st.quantity === 'received')]).toEqual([text, []])
    }
    expect(proseStatements([{ text: '全年共收到政府信息公开申请483件。' }], 2023, CITY).map((st) => st.value)).toEqual([483])
  })

  it('controls: a count with another sentence or another figure after it is still read', () => {
    expect(extractMetrics('全年主动公开政府信息4321条。本局收到的留言全部办结。', 2023, CITY).metrics.activeDisclosureItems).toBe(4321)
    expect(extractMetrics('召开新闻发布会5场，发布政策解读8篇。本局主动公开政府信息300条。', 2023, CITY).metrics.activeDisclosureItems).toBe(300)
    expect(extractMetrics('全市主动公开政府信息98765条，较上年增加4321条。', 2023, CITY).metrics.activeDisclosureItems).toBe(98765)
    // A bare share first of the next sentence's whole belongs to that whole, not to the count before it.
    expect(extractMetrics('本年度主动发布政府信息92351件。市政府本级1401件，全县收到政府信息公开申请75330件。', 2023, DEPT).metrics.activeDisclosureItems).toBe(92351)
    // A heading glued before the share first.
    expect(extractMetrics('（一）主动公开情况\n县本级主动公开政府信息1668件，全县主动公开各类政府信息39360件。', 2023, '某县人民政府').metrics.activeDisclosureItems).toBeNull()
  })

  it('the generator\'s shapes (own-share-sentences.ts) are in the prose set, each with a read or a noted null', () => {
    const rules = new Set(metricCases(1000, 1310).flatMap((c) => c.rules))
    for (const m of ['active', 'requests', 'messages']) {
      for (const f of ['share-own-sentence', 'share-after-semicolon', 'share-first', 'share-percent', 'other-part']) expect([m, f, rules.has(`${m}:whole-${f}`)]).toEqual([m, f, true])
    }
  })
})
