// INDEX_RANK_CHANGE_MISMATCH: a change of the 政务公开指数 rank that the ranks contradict.
// - Across years: this year's change (正文所述, or the difference of the two ranks its sentence
//   names) ≠ last year's rank read − this year's rank read. One of the three numbers is wrong —
//   the report's, or our reading of a sentence — so a person must look (e.g. last year's rank read
//   from "由上年的第12名下降至第15名" as 12).
// - Within one report: the sentence's stated change (提升5位) ≠ the previous rank it names (上年第18名)
//   − this year's rank (第15名); or its stated direction contradicts the two ranks it names
//   ("由上年的第12名上升至第15名": nothing is read, and the report's own contradiction is shown).
// The sentence is the one the extractor parsed (extraction.indexRankSentence), not read again here.
import type { RankSentence } from '../model/extraction'
import type { Flag } from '../model/flag'
import { flag, reportEvidence, type ReportContext } from './context'
import { evaluationYearOf } from './index-rank'

/** Places as a change in words: 上升 3 位 / 下降 3 位 / 持平. */
function places(n: number): string {
  return n > 0 ? `上升 ${n} 位` : n < 0 ? `下降 ${-n} 位` : '持平'
}

const yearOf = (ctx: ReportContext): string => (ctx.report.year !== null ? `${ctx.report.year} 年` : '本年')

function rankEvidence(ctx: ReportContext) {
  const prov = ctx.extraction.provenance['metrics.indexRank']
  return {
    kind: 'metric' as const,
    field: 'metrics.indexRank',
    value: ctx.report.metrics.indexRank,
    ...(prov ? { loc: prov.loc, text: prov.text } : {}),
  }
}

const lastYearOf = (ctx: ReportContext): string => (ctx.report.year !== null ? ` ${ctx.report.year - 1} 年` : '上年')

/** "由上年的第12名上升至第15名": the stated direction against the two ranks the sentence names. */
function directionContradiction(ctx: ReportContext, s: RankSentence): Flag[] {
  if (s.rank === null || s.previous === null || s.direction === null) return []
  const diff = s.previous - s.rank
  if ((s.direction === 'up' && diff >= 0) || (s.direction === 'down' && diff <= 0)) return []
  return [
    flag(
      'INDEX_RANK_CHANGE_MISMATCH',
      `政务公开指数名次的升降与名次矛盾：正文称由${lastYearOf(ctx)}第 ${s.previous} 名“${s.direction === 'up' ? '上升' : '下降'}”至第 ${s.rank} 名，但两者相比是${places(diff)}；排名未读取，请核对原文。`,
      [{ kind: 'metric', field: 'metrics.indexRank', value: ctx.report.metrics.indexRank, loc: s.loc, text: s.text }],
    ),
  ]
}

/** Within one report: the change stated in words against the previous rank the same sentence names. */
export function checkIndexRankChangeStated(ctx: ReportContext): Flag[] {
  const r = ctx.extraction.indexRankSentence
  if (!r) return []
  const contradiction = directionContradiction(ctx, r)
  if (contradiction.length) return contradiction
  const prov = ctx.extraction.provenance['metrics.indexRank']
  const rank = ctx.report.metrics.indexRank
  if (!prov || rank === null) return []
  if (r.rank !== rank || r.previous === null || r.statedChange === null) return []
  const diff = r.previous - rank
  if (diff === r.statedChange) return []
  const before = lastYearOf(ctx)
  return [
    flag(
      'INDEX_RANK_CHANGE_MISMATCH',
      `政务公开指数名次变化前后矛盾：正文称${before}第 ${r.previous} 名、${r.evaluationYear !== null ? `${r.evaluationYear} 年度评估` : yearOf(ctx)}第 ${rank} 名（${places(diff)}），同句却称${places(r.statedChange)}。`,
      [rankEvidence(ctx)],
    ),
  ]
}

/** Across years: this year's change against last year's rank and this year's rank. */
export function checkIndexRankChangeAcrossYears(cur: ReportContext, prev: ReportContext): Flag[] {
  const m = cur.report.metrics
  const before = prev.report.metrics.indexRank
  if (m.indexRank === null || m.indexRankChange === null || before === null) return []
  const diff = before - m.indexRank
  if (diff === m.indexRankChange) return []
  return [
    flag(
      'INDEX_RANK_CHANGE_MISMATCH',
      `政务公开指数名次与上年报告不衔接：${yearOf(cur)}报告称${evaluationYearOf(cur) !== null ? `（${evaluationYearOf(cur)} 年度评估）` : ''}第 ${m.indexRank} 名、比上年${places(m.indexRankChange)}（正文所述），但 ${yearOf(prev)}报告读到的是第 ${before} 名，两者相差${places(diff)}；请核对两年的名次。`,
      [
        rankEvidence(cur),
        { kind: 'metric', field: 'metrics.indexRankChange', value: m.indexRankChange },
        reportEvidence(prev, `${yearOf(prev)}排名 第 ${before} 名`),
      ],
    ),
  ]
}
