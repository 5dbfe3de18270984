// INDEX_RANK_DROP: the 政务公开指数 rank fell, by the prose's own change or against last year's rank.
import type { Flag } from '../model/flag'
import { flag, reportEvidence, type ReportContext } from './context'

/** The 年度 of the evaluation the rank's sentence names, when not the report's own year
 *  ("在2022年度…评估中排名第18位" in a 2023 report), or null. The sentence as parsed at read time
 *  counts only while the rank is still the one it gave (a person's correction replaces it). */
export function evaluationYearOf(ctx: ReportContext): number | null {
  const s = ctx.extraction.indexRankSentence
  if (!s || !ctx.extraction.provenance['metrics.indexRank']) return null
  return s.rank !== null && s.rank === ctx.report.metrics.indexRank ? s.evaluationYear : null
}

/** 本年, or the evaluation's 年度 where the sentence names another ("本年报告所称 2022 年度评估"). */
function thisYear(ctx: ReportContext): string {
  const y = evaluationYearOf(ctx)
  return y !== null ? `本年报告所称 ${y} 年度评估` : '本年'
}

export function checkIndexRank(cur: ReportContext, prev: ReportContext | null): Flag[] {
  const m = cur.report.metrics
  const prov = cur.extraction.provenance['metrics.indexRank']
  const rankEv = {
    kind: 'metric' as const,
    field: 'metrics.indexRank',
    value: m.indexRank,
    ...(prov ? { loc: prov.loc, text: prov.text } : {}),
  }
  const of = m.indexRankOf !== null ? `${m.indexRankOf} 个参评单位中` : ''
  if (m.indexRankChange !== null && m.indexRankChange < 0) {
    return [
      flag('INDEX_RANK_DROP', `政务公开指数排名下降：正文称${of}位列第 ${m.indexRank ?? '?'} 名，比上次下降 ${-m.indexRankChange} 个名次。`, [
        rankEv,
        { kind: 'metric', field: 'metrics.indexRankChange', value: m.indexRankChange },
      ]),
    ]
  }
  const before = prev?.report.metrics.indexRank ?? null
  if (prev && m.indexRank !== null && before !== null && m.indexRank > before) {
    return [
      flag('INDEX_RANK_DROP', `政务公开指数排名下降：${thisYear(cur)}${of}第 ${m.indexRank} 名，上年报告为第 ${before} 名，下降 ${m.indexRank - before} 个名次。`, [
        rankEv,
        reportEvidence(prev, `上年排名 第 ${before} 名${prev.report.metrics.indexRankOf !== null ? ` / ${prev.report.metrics.indexRankOf}` : ''}`),
      ]),
    ]
  }
  return []
}
