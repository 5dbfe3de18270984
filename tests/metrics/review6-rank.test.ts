// Session-6 review sentences on the 政务公开指数 rank. Before the fix: a second ranking in the
// sentence (全市排名第3位, 其中…指标排名第2位) dropped the index rank with a note calling it a city
// 考核 rank; a change against an older year (较2020年提升5位, 累计, 近三年) was stored as the change
// against last year; a rank named for another 年度 carried no word of it.
import { describe, expect, it } from 'vitest'
import { extractMetrics, rankSentenceOf } from '../../shared/extract/metrics'
import { readRankSentence } from '../../shared/extract/metrics-rank'
import { checkIndexRank } from '../../shared/checks/index-rank'
import { DEFAULT_CHECK_SETTINGS } from '../../shared/checks/settings'
import type { ReportContext } from '../../shared/checks/context'
import type { Extraction } from '../../shared/model/extraction'
import type { SourceLocation } from '../../shared/model/document'
import { makeReport } from '../checks/make-report'

const read = (s: string, year = 2022) => extractMetrics(`全年主动公开政府信息8765条。${s}`, year)

describe('the index rank beside another ranking, and changes against older years', () => {
  it.each([
    ['本局政务公开指数排名第15名，较上年下降3个名次，全市排名第3位，较上年前移2位。', 15, -3],
    ['政务公开指数排名由上年的第12名下降至第15名，全市考核排名第3位。', 15, -3],
    ['政务公开指数排名第15位，在同类单位中位列第2。', 15, null],
    ['政务公开指数排名较上年提升3位，排名第15位，其中依申请公开指标排名第2位。', 15, 3],
    ['本局政务公开指数排名第15名，全省政务公开考核排名第3名。', 15, null],
    ['政务公开指数排名第15位，较2020年提升5位。', 15, null],
    ['政务公开指数排名连续两年提升，累计提升5位，今年位列第15名。', 15, null],
    ['政务公开指数排名第15位，较上年提升3位，较2020年提升5位。', 15, 3],
    ['政务公开指数排名第15位，比2021年上半年的第20位提升5位。', 15, null],
    ['政务公开指数排名第15位，近三年提升10个名次。', 15, null],
  ])('%s', (sentence, rank, change) => {
    const { metrics, notes } = read(sentence)
    expect(metrics.indexRank).toBe(rank)
    expect(metrics.indexRankChange).toBe(change)
    // What was left unread is said, and never called a city's 考核 of the index's rank.
    for (const n of notes) expect(n.message).not.toContain('市、县对所属单位')
    if (change === null) expect(notes.some((n) => /另一项排名|不是上年/.test(n.message))).toBe(true)
  })

  it('says which 年度 the evaluation is when the sentence names another year', () => {
    const r = readRankSentence('在2022年度全省政务公开指数评估中排名第18位。', 2023)
    expect(r?.rank).toBe(18)
    expect(r?.evaluationYear).toBe(2022)
    expect(r?.note).toContain('2022 年度')
    const { notes } = read('在2023年发布的2022年度全省政务公开指数评估中排名第18位。', 2023)
    expect(notes.map((n) => n.message).join('')).toContain('2022 年度')
    expect(readRankSentence('在2022年度全省政务公开指数评估中排名第18位。', 2022)?.evaluationYear).toBeNull()
  })
})

describe('checks name the evaluation 年度 the sentence names', () => {
  it('INDEX_RANK_DROP against last year does not call a 2022年度 rank “本年”', () => {
    const context = (e: Extraction, id: string): ReportContext => ({ id, extraction: e, report: e.report, settings: DEFAULT_CHECK_SETTINGS })
    const cur = makeReport({ year: 2023 })
    cur.report.metrics.indexRank = 18
    const text = '在2022年度全省政务公开指数评估中排名第18位。'
    cur.provenance['metrics.indexRank'] = { loc: { page: 1 } as SourceLocation, text, how: 'prose' }
    cur.indexRankSentence = rankSentenceOf(extractMetrics(text, 2023).rankSentence, () => ({ page: 1 }) as SourceLocation)
    const prev = makeReport({ year: 2022 })
    prev.report.metrics.indexRank = 15
    const [f] = checkIndexRank(context(cur, 'a'), context(prev, 'b'))
    expect(f?.message).toContain('本年报告所称 2022 年度评估第 18 名')
    expect(f?.message).not.toContain('本年第 18 名')
  })
})

describe('主动公开: the year’s new items named as a part of a running total', () => {
  it('reads 其中本年新增 N 条 after 累计…条, never the running total', () => {
    expect(extractMetrics('累计主动公开政府信息16,000条，其中本年新增8765条。', 2022).metrics.activeDisclosureItems).toBe(8765)
    expect(extractMetrics('累计主动公开政府信息16,000条。', 2022).metrics.activeDisclosureItems).toBeNull()
  })
})
