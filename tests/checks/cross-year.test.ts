// Checks across the years of one body, duplicates and the roll-up, through checkAll.
import { describe, expect, it } from 'vitest'
import { checkAll, type CheckInput } from '../../shared/checks/index'
import type { Extraction } from '../../shared/model/extraction'
import type { Flag } from '../../shared/model/flag'
import { makeReport, sectionText } from './make-report'

const input = (id: string, extraction: Extraction): CheckInput => ({ id, fileName: `${id}.pdf`, extraction })
const flagsOf = (m: Map<string, Flag[]>, id: string) => m.get(id) ?? []
const idsOf = (m: Map<string, Flag[]>, id: string) => flagsOf(m, id).map((f) => f.id)

/** Two consecutive years of one department, consistent with each other. */
function pair(): [Extraction, Extraction] {
  const a = makeReport({ year: 2021 })
  const b = makeReport({ year: 2022 })
  b.report.requests.rows.carriedOver = [2, 0, 0, 0, 0, 0, 2]
  b.report.requests.rows.received = [9, 2, 0, 0, 0, 0, 11]
  b.report.metrics.requestsReceived = 11
  b.sectionText.overview = sectionText('一、总体情况\n本年度共收到政府信息公开申请11件，办结11件，结转下年度继续办理2件。')
  // different problems each year
  b.report.problems = [{ text: '一是政策解读形式单一。', categories: ['policy-interpretation'] }]
  b.report.improvements = [{ text: '一是丰富解读形式。', categories: ['policy-interpretation'] }]
  b.sectionText.problems = sectionText('五、存在的主要问题及改进情况\n一是政策解读形式单一，图解、视频等形式运用较少，解读的针对性有待加强。下一步将丰富解读形式，提高解读质量。')
  return [a, b]
}

describe('a consistent pair', () => {
  it('raises nothing in either year', () => {
    const [a, b] = pair()
    const out = checkAll([input('a', a), input('b', b)])
    expect(flagsOf(out, 'a')).toEqual([])
    expect(flagsOf(out, 'b')).toEqual([])
  })
})

describe('CARRYOVER_MISMATCH', () => {
  it('fires on the later year, naming the columns and the earlier report', () => {
    const [a, b] = pair()
    a.report.requests.rows.carriedForward = [1, 0, 0, 0, 0, 0, 1]
    a.report.requests.rows.handledTotal = [10, 2, 0, 0, 0, 0, 12]
    a.report.requests.rows.granted = [6, 1, 0, 0, 0, 0, 7]
    a.sectionText.overview = sectionText('一、总体情况\n本年度共收到政府信息公开申请12件。')
    const out = checkAll([input('a', a), input('b', b)])
    expect(idsOf(out, 'a')).toEqual([])
    const f = flagsOf(out, 'b').find((x) => x.id === 'CARRYOVER_MISMATCH')!
    expect(f.severity).toBe('error')
    expect(f.message).toContain('自然人列 本年上年结转 2，2021 年结转下年度 1')
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'report', reportId: 'a', year: 2021 }))
  })
  it('no previous year (or a gap) → no cross-year flag and no crash', () => {
    const [a, b] = pair()
    a.report.year = 2020
    a.report.publishedOn = '2021-01-10'
    const out = checkAll([input('a', a), input('b', b)])
    expect(idsOf(out, 'b')).toEqual([])
    expect(checkAll([input('b', b)]).get('b')).toEqual([])
  })
})

describe('ITEMS_CONTINUITY (2019 template)', () => {
  it('fires when 上一年项目数量 ≠ last year’s 上一年项目数量 + 本年增/减', () => {
    const a = makeReport({ template: '2019', year: 2019 })
    const b = makeReport({ template: '2019', year: 2020 })
    b.report.requests.rows.carriedOver = [2, 0, 0, 0, 0, 0, 2]
    b.report.requests.rows.received = [9, 2, 0, 0, 0, 0, 11]
    b.report.metrics.requestsReceived = 11
    b.sectionText.overview = sectionText('一、总体情况\n本年度共收到政府信息公开申请11件。')
    b.report.problems = []
    b.report.activeDisclosure.licensing = { lastYearItems: 102, change: 0, decisions: 1 } // 100 + 2 ✓
    b.report.activeDisclosure.penalties = { lastYearItems: 50, change: 0, decisions: 1 } // 50 − 1 = 49 ✗
    b.report.activeDisclosure.otherServices = { lastYearItems: 10, change: 0, decisions: 1 }
    b.report.activeDisclosure.enforcement = { lastYearItems: 5, change: 0, decisions: 1 }
    b.report.activeDisclosure.fees = { lastYearItems: 4, change: 0 }
    const out = checkAll([input('a', a), input('b', b)])
    const f = flagsOf(out, 'b').find((x) => x.id === 'ITEMS_CONTINUITY')!
    expect(f.message).toContain('行政处罚 本年“上一年项目数量” 50，上年 50-1 = 49')
    expect(f.message).not.toContain('行政许可')
    expect(idsOf(out, 'b').filter((i) => i === 'ITEMS_CONTINUITY')).toHaveLength(1)
  })
})

describe('PROBLEMS_COPIED and PROBLEM_RECURRING', () => {
  it('a copied section 五 fires PROBLEMS_COPIED with its scores; the recurring categories fire PROBLEM_RECURRING', () => {
    const [a, b] = pair()
    b.sectionText.problems = a.sectionText.problems
    b.report.problems = a.report.problems
    const out = checkAll([input('a', a), input('b', b)])
    const ids = idsOf(out, 'b')
    expect(ids).toContain('PROBLEMS_COPIED')
    expect(ids).toContain('PROBLEM_RECURRING')
    const copied = flagsOf(out, 'b').find((x) => x.id === 'PROBLEMS_COPIED')!
    expect(copied.message).toContain('文字序列相似度 100.0%')
    const rec = flagsOf(out, 'b').find((x) => x.id === 'PROBLEM_RECURRING')!
    expect(rec.message).toContain('栏目更新不及时')
    expect(rec.message).toContain('人员力量和业务能力不足')
  })
  it('last year’s planned improvement still a problem fires PROBLEM_RECURRING; `other` never does', () => {
    const [a, b] = pair()
    a.report.problems = [{ text: 'x', categories: ['other'] }]
    a.report.improvements = [{ text: 'y', categories: ['policy-interpretation'] }]
    const out = checkAll([input('a', a), input('b', b)])
    expect(flagsOf(out, 'b').find((x) => x.id === 'PROBLEM_RECURRING')!.message).toContain('上年已提出改进措施、本年仍是问题：政策解读不到位')
    b.report.problems = [{ text: 'x', categories: ['other'] }]
    expect(idsOf(checkAll([input('a', a), input('b', b)]), 'b')).not.toContain('PROBLEM_RECURRING')
  })
})

describe('INDEX_RANK_DROP and SWING against last year', () => {
  it('INDEX_RANK_DROP fires when the rank number grew (no stated change)', () => {
    const [a, b] = pair()
    a.report.metrics.indexRank = 20
    b.report.metrics.indexRank = 26
    const out = checkAll([input('a', a), input('b', b)])
    expect(flagsOf(out, 'b').find((x) => x.id === 'INDEX_RANK_DROP')!.message).toContain('上年报告为第 20 名')
    b.report.metrics.indexRank = 18
    expect(idsOf(checkAll([input('a', a), input('b', b)]), 'b')).not.toContain('INDEX_RANK_DROP')
  })
  it('SWING fires above 50 %, ignores a change from 0, and counts each figure', () => {
    const [a, b] = pair()
    a.report.metrics.hotlineCalls = 1000
    b.report.metrics.hotlineCalls = 1600
    a.report.metrics.messagesReceived = 0
    b.report.metrics.messagesReceived = 500
    const out = checkAll([input('a', a), input('b', b)])
    const f = flagsOf(out, 'b').find((x) => x.id === 'SWING')!
    expect(f.severity).toBe('info')
    expect(f.message).toContain('12345 热线来电 1,000 → 1,600（+60.0%）')
    expect(f.message).not.toContain('留言')
    b.report.metrics.hotlineCalls = 1400
    expect(idsOf(checkAll([input('a', a), input('b', b)]), 'b')).not.toContain('SWING')
  })
  it("SWING falls back on the prose's own 同比 when last year's hotline figure cannot be measured against", () => {
    const [a, b] = pair()
    b.report.metrics.hotlineCalls = 1600
    b.report.metrics.hotlineCallsYoYPercent = 60
    a.report.metrics.hotlineCalls = 1000
    // Measured against last year: the table figures speak, not the prose's 同比.
    expect(flagsOf(checkAll([input('a', a), input('b', b)]), 'b').find((x) => x.id === 'SWING')!.message).not.toContain('正文称同比')
    for (const before of [null, 0]) {
      a.report.metrics.hotlineCalls = before
      const f = flagsOf(checkAll([input('a', a), input('b', b)]), 'b').find((x) => x.id === 'SWING')
      expect(f?.message).toContain('12345 热线来电 正文称同比上升 60%')
    }
  })
  it('SWING on review and litigation totals (each group and summed)', () => {
    const [a, b] = pair()
    b.report.reviewLitigation.review = [5, 0, 1, 0, 6]
    b.sectionText.overview = sectionText('一、总体情况\n本年度共收到政府信息公开申请11件。')
    const f = flagsOf(checkAll([input('a', a), input('b', b)]), 'b').find((x) => x.id === 'SWING')!
    expect(f.message).toContain('行政复议案件 3 → 6（+100.0%）')
    expect(f.message).toContain('行政复议和行政诉讼案件合计 4 → 7（+75.0%）')
  })
})

describe('DUPLICATE_REPORT', () => {
  it('two identical copies of one report: no duplicate finding, both get the cross-year verdicts', () => {
    const [a, b] = pair()
    const b2 = structuredClone(b)
    b2.report.agency = '云溪市测试局'
    a.report.requests.rows.carriedForward = [1, 0, 0, 0, 0, 0, 1]
    a.report.requests.rows.handledTotal = [10, 2, 0, 0, 0, 0, 12]
    a.report.requests.rows.granted = [6, 1, 0, 0, 0, 0, 7]
    a.sectionText.overview = sectionText('一、总体情况\n本年度共收到政府信息公开申请12件。')
    const out = checkAll([input('a', a), input('b', b), input('b2', b2)])
    expect(idsOf(out, 'b')).not.toContain('DUPLICATE_REPORT')
    expect(idsOf(out, 'b2')).not.toContain('COPIES_DIFFER')
    expect(idsOf(out, 'b').filter((i) => i === 'CARRYOVER_MISMATCH')).toHaveLength(1)
    expect(idsOf(out, 'b2')).toEqual(idsOf(out, 'b'))
  })
  it('seriesOf can split what bodyKey would merge', () => {
    const [, b] = pair()
    const gov = makeReport({ agency: '云溪市人民政府', publishedOn: '2023-03-01' })
    // bodyKey reads the short name as the government (the office's own report is a body of its own).
    const office = makeReport({ agency: '云溪市政府', publishedOn: '2023-01-20' })
    expect(idsOf(checkAll([input('g', gov), input('o', office)]), 'o')).toContain('DUPLICATE_REPORT')
    const split = checkAll([input('g', gov), input('o', office), input('b', b)], undefined, {
      seriesOf: (i) => i.extraction.report.agency ?? '',
    })
    expect(idsOf(split, 'o')).not.toContain('DUPLICATE_REPORT')
  })
})

describe('ROLLUP_MISMATCH', () => {
  const compiled = () => {
    const gov = makeReport({ agency: '云溪市人民政府', publishedOn: '2023-03-01' })
    gov.preamble = '本报告由云溪市人民政府办公室综合云溪市各部门和各乡镇、街道的政府信息公开年度报告编制而成。'
    return gov
  }
  it('fires (info) when the bodies add up to more than the compiled report', () => {
    const gov = compiled()
    const d1 = makeReport({ agency: '云溪市教育局' })
    const d2 = makeReport({ agency: '云溪市民政局' })
    const out = checkAll([input('g', gov), input('d1', d1), input('d2', d2)])
    const f = flagsOf(out, 'g').find((x) => x.id === 'ROLLUP_MISMATCH')!
    expect(f.severity).toBe('info')
    expect(f.message).toContain('超过汇总报告')
    expect(f.message).toContain('表三 一、本年新收 自然人 汇总 10，合计 20')
    expect(idsOf(out, 'd1')).toEqual([])
  })
  it('counts only bodies of the same place (a district’s department is not the city’s), unless placesOf says so', () => {
    const gov = compiled()
    const d1 = makeReport({ agency: '云溪市教育局' })
    const d2 = makeReport({ agency: '云溪市东湖区民政局' })
    const town = makeReport({ agency: '白鹭镇人民政府' })
    const inputs = [input('g', gov), input('d1', d1), input('d2', d2), input('t', town)]
    expect(idsOf(checkAll(inputs), 'g')).not.toContain('ROLLUP_MISMATCH') // only one body of 云溪市
    const linked = checkAll(inputs, undefined, { placesOf: () => ['云溪市'] })
    expect(flagsOf(linked, 'g').find((f) => f.id === 'ROLLUP_MISMATCH')!.message).toContain('已载入的 3 个所属机关报告')
  })
  it('stays quiet when the bodies add up, and without a compiled report', () => {
    const gov = compiled()
    const d1 = makeReport({ agency: '云溪市教育局' })
    const d2 = makeReport({ agency: '云溪市民政局' })
    const rows = gov.report.requests.rows
    for (const k of Object.keys(rows) as (keyof typeof rows)[]) rows[k] = rows[k]!.map((v) => (v === null ? null : v * 2))
    gov.report.reviewLitigation = {
      review: [4, 0, 2, 0, 6],
      litigationDirect: [2, 0, 0, 0, 2],
      litigationAfterReview: [0, 0, 0, 0, 0],
    }
    expect(idsOf(checkAll([input('g', gov), input('d1', d1), input('d2', d2)]), 'g')).not.toContain('ROLLUP_MISMATCH')
    const plain = makeReport({ agency: '云溪市人民政府', publishedOn: '2023-03-01' })
    expect(idsOf(checkAll([input('g', plain), input('d1', d1), input('d2', d2)]), 'g')).not.toContain('ROLLUP_MISMATCH')
  })
})

describe('edge cases', () => {
  it('no inputs, a report without year or agency: no crash, no cross-year flag', () => {
    expect(checkAll([]).size).toBe(0)
    const noYear = makeReport()
    noYear.report.year = null
    noYear.report.agency = null
    const [a] = pair()
    const out = checkAll([input('x', noYear), input('a', a)])
    expect(idsOf(out, 'x')).toEqual([])
    expect(idsOf(out, 'a')).toEqual([])
  })
  it('reports whose body is not recognized are never one series', () => {
    const x = makeReport({ year: 2022 })
    const y = makeReport({ year: 2022 })
    const z = makeReport({ year: 2023 })
    for (const e of [x, y, z]) e.report.agency = null
    z.report.metrics.requestsReceived = 100
    z.report.requests.rows.carriedOver = [9, 9, 9, 9, 9, 9, 54]
    const out = checkAll([input('x', x), input('y', y), input('z', z)])
    for (const id of ['x', 'y', 'z']) {
      expect(idsOf(out, id)).not.toContain('DUPLICATE_REPORT')
      expect(idsOf(out, id)).not.toContain('SWING')
      expect(idsOf(out, id)).not.toContain('CARRYOVER_MISMATCH')
    }
  })
  it('a legacy previous year gets no table comparison', () => {
    const [a, b] = pair()
    a.report.template = 'legacy'
    a.report.year = 2021
    a.report.requests.rows.carriedForward = [9, 9, 9, 9, 9, 9, 54]
    expect(idsOf(checkAll([input('a', a), input('b', b)]), 'b')).not.toContain('CARRYOVER_MISMATCH')
  })
})

describe('PROBLEM_RECURRING by wording', () => {
  it('pairs a problem written again under `other`, and a measure proposed again, showing both sentences', () => {
    const [a, b] = pair()
    a.report.problems = [{ text: '一是公开的长效工作机制建设不够健全，制度仍待完善。', categories: ['other'] }]
    b.report.problems = [{ text: '（二）我局公开的长效工作机制建设还不够健全。', categories: ['other'] }]
    a.report.improvements = [{ text: '一是定期召开联席会议，研究解决重大事项。', categories: ['other'] }]
    b.report.improvements = [{ text: '1. 定期召开联席会议，研究解决重大问题。', categories: ['other'] }]
    const rec = flagsOf(checkAll([input('a', a), input('b', b)]), 'b').find((x) => x.id === 'PROBLEM_RECURRING')!
    expect(rec.message).toContain('1 条问题与上年所列问题文字相近')
    expect(rec.message).toContain('1 条改进措施与上年所提措施文字相近')
    const texts = rec.evidence.flatMap((e) => (e.kind === 'text' ? [e.text] : []))
    expect(texts.some((t) => t.startsWith('本年问题：（二）我局公开的长效工作机制'))).toBe(true)
    expect(texts.some((t) => /年问题（文字相似度 \d+%）：一是公开的长效工作机制/.test(t))).toBe(true)
  })

  it('does not pair different problems that share only the common words', () => {
    const [a, b] = pair()
    a.report.problems = [{ text: '一是政务公开质量有待进一步提高。', categories: ['other'] }]
    b.report.problems = [{ text: '一是政务公开标准化水平有待进一步提高。', categories: ['other'] }]
    a.report.improvements = []
    b.report.improvements = []
    expect(idsOf(checkAll([input('a', a), input('b', b)]), 'b')).not.toContain('PROBLEM_RECURRING')
  })
})
