// INDEX_RANK_CHANGE_MISMATCH on reports whose metrics are read from real sentences by the extractor:
// a multi-year series whose stated changes agree with the ranks raises nothing; a rank read wrong
// for one year (as "由上年的第18名…" once was) is caught by the next year's stated change; a sentence
// whose stated change contradicts the previous rank it names is caught within the report.
import { describe, expect, it } from 'vitest'
import { checkAll, checkReport, type CheckInput } from '../../shared/checks/index'
import { extractMetrics, rankSentenceOf } from '../../shared/extract/metrics'
import type { Extraction } from '../../shared/model/extraction'
import type { Flag } from '../../shared/model/flag'
import { makeReport } from '../checks/make-report'

/** A consistent report of `year` whose metrics and their sources come from `prose`. */
function reportFrom(year: number, prose: string): Extraction {
  const e = makeReport({ agency: '某县自然资源局', year })
  const r = extractMetrics(prose, year)
  e.report.metrics = r.metrics
  for (const [k, text] of Object.entries(r.sources)) e.provenance[`metrics.${k}`] = { loc: { block: 0 }, text: text ?? '', how: 'prose' }
  const parsed = rankSentenceOf(r.rankSentence, () => ({ block: 0 }))
  if (parsed) e.indexRankSentence = parsed
  return e
}

const input = (id: string, extraction: Extraction): CheckInput => ({ id, fileName: `${id}.html`, extraction })
const mismatch = (flags: Flag[]) => flags.filter((f) => f.id === 'INDEX_RANK_CHANGE_MISMATCH')

const Y2021 = '2021年，本局在全省政务公开指数评估中位列第18名（共90个单位），较上年提升2个名次。'
const Y2022 = '2022年，本局政务公开指数排名由上年的第18名上升至第15名。'
const Y2023 = '2023年，本局在全省政务公开指数评估中位列第10名（共90个单位），较上年提升5个名次。'

describe('INDEX_RANK_CHANGE_MISMATCH', () => {
  it('reads the series right and raises nothing when the changes agree with the ranks', () => {
    const rs = [reportFrom(2021, Y2021), reportFrom(2022, Y2022), reportFrom(2023, Y2023)]
    expect(rs.map((e) => [e.report.metrics.indexRank, e.report.metrics.indexRankChange])).toEqual([
      [18, 2],
      [15, 3],
      [10, 5],
    ])
    const out = checkAll(rs.map((e, i) => input(`y${i}`, e)))
    for (const id of ['y0', 'y1', 'y2']) expect(mismatch(out.get(id) ?? [])).toEqual([])
  })

  it("flags the later year when last year's rank read contradicts this year's stated change", () => {
    const a = reportFrom(2022, Y2022)
    // The 2022 rank as the old reading took it (last year's 18): 18 − 10 = 8 places, the report says 5.
    a.report.metrics.indexRank = 18
    const b = reportFrom(2023, Y2023)
    const out = checkAll([input('a', a), input('b', b)])
    const [f] = mismatch(out.get('b') ?? [])
    expect(f?.message).toBe(
      '政务公开指数名次与上年报告不衔接：2023 年报告称第 10 名、比上年上升 5 位（正文所述），但 2022 年报告读到的是第 18 名，两者相差上升 8 位；请核对两年的名次。',
    )
    expect(f?.severity).toBe('warning')
    expect(mismatch(out.get('a') ?? [])).toEqual([])
  })

  it('flags a sentence whose stated change contradicts the previous rank it names, and leaves the change unread', () => {
    const e = reportFrom(2022, '政务公开指数排名第15位，上年第18位，较上年提升5位。')
    expect([e.report.metrics.indexRank, e.report.metrics.indexRankChange]).toEqual([15, null])
    const [f] = mismatch(checkReport(input('x', e)))
    expect(f?.message).toBe('政务公开指数名次变化前后矛盾：正文称 2021 年第 18 名、2022 年第 15 名（上升 3 位），同句却称上升 5 位。')
    // The same sentence with a change that agrees raises nothing.
    expect(mismatch(checkReport(input('y', reportFrom(2022, '政务公开指数排名第15位，上年第18位，较上年提升3位。'))))).toEqual([])
  })

  it('flags a sentence whose stated direction contradicts the two ranks it names, with both ranks, and reads nothing', () => {
    const e = reportFrom(2022, '全年主动公开政府信息8765条。政务公开指数排名由上年的第12名上升至第15名。')
    expect([e.report.metrics.indexRank, e.report.metrics.indexRankChange]).toEqual([null, null])
    const [f] = mismatch(checkReport(input('x', e)))
    expect(f?.message).toBe('政务公开指数名次的升降与名次矛盾：正文称由 2021 年第 12 名“上升”至第 15 名，但两者相比是下降 3 位；排名未读取，请核对原文。')
    expect(f?.evidence[0]).toMatchObject({ kind: 'metric', field: 'metrics.indexRank', text: '政务公开指数排名由上年的第12名上升至第15名。' })
    // The same words where the direction agrees raise nothing, and the rank is read.
    const ok = reportFrom(2022, '政务公开指数排名由上年的第18名上升至第15名。')
    expect(ok.report.metrics.indexRank).toBe(15)
    expect(mismatch(checkReport(input('y', ok)))).toEqual([])
    // "下降至" a better rank: the same flag.
    const [g] = mismatch(checkReport(input('z', reportFrom(2022, '政务公开指数排名由第18名下降至第15名。'))))
    expect(g?.message).toContain('第 18 名“下降”至第 15 名，但两者相比是上升 3 位')
  })

  it('uses the sentence as parsed at read time: the checks do not read the provenance text again', () => {
    const e = reportFrom(2022, '政务公开指数排名第15位，上年第18位，较上年提升5位。')
    // Provenance text replaced by words that would read otherwise: the flag still follows the parse.
    e.provenance['metrics.indexRank'] = { loc: { block: 0 }, text: '政务公开指数排名第15位。', how: 'prose' }
    expect(mismatch(checkReport(input('x', e)))).toHaveLength(1)
    // Without the parsed sentence (a report stored before it was kept) there is nothing to compare.
    delete e.indexRankSentence
    expect(mismatch(checkReport(input('y', e)))).toEqual([])
  })
})
