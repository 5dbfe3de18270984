// The trend series of one body over several years: what the dashboard charts and the slides draw.
import type { Report } from '../model/report'
import type { ReportItem, TrendDataset, TrendId, TrendSeries } from './types'
import { byYear, itemAgency, yearSpan, yearsLabel } from './items'
import {
  OUTCOME_GROUPS,
  litigationCorrected,
  litigationTotal,
  outcomeTotal,
  rankLabel,
  requestTotal,
  requestsReceived,
  reviewCorrected,
  reviewTotal,
} from './figures'
import { markProsePoints } from './prose-marks'

export interface TrendOptions {
  /** First and last year shown; default: the span of the reports. */
  from?: number
  to?: number
}

type Getter = (r: Report) => number | null

function dataset(
  key: string,
  labelZh: string,
  labelEn: string,
  reports: (Report | null)[],
  get: Getter,
): TrendDataset {
  return { key, labelZh, labelEn, values: reports.map((r) => (r ? get(r) : null)) }
}

/** The chart's source note in Chinese and in English (the body's name stays as printed). */
function source(agency: string, years: number[], detail: string, detailEn: string): Pick<TrendSeries, 'sourceNote' | 'sourceNoteEn'> {
  const span = years.length === 0 ? '' : years.length === 1 ? ` ${years[0]}` : ` ${years[0]}–${years[years.length - 1]}`
  return {
    sourceNote: `数据来源：${agency}${yearsLabel(years)}政府信息公开工作年度报告；${detail}；缺少的年份显示为空缺。`,
    sourceNoteEn: `Source: ${agency}, government information disclosure annual reports${span}; ${detailEn}; missing years are left blank.`,
  }
}

function rankSeries(years: number[], reports: (Report | null)[], agency: string): TrendSeries {
  const rank = dataset('indexRank', '政务公开指数排名', 'Openness index rank', reports, (r) => r.metrics.indexRank)
  rank.pointLabels = reports.map((r) => (r ? rankLabel(r.metrics.indexRank, r.metrics.indexRankOf) : null))
  return {
    id: 'indexRank',
    titleZh: '政务公开指数排名',
    titleEn: 'Openness index rank',
    unitZh: '名',
    unitEn: 'rank',
    chart: 'line',
    invertedAxis: true,
    years,
    datasets: [rank],
    extras: [
      dataset('indexRankOf', '参评单位数', 'Bodies ranked', reports, (r) => r.metrics.indexRankOf),
      dataset('indexRankChange', '名次变化（正文所述，+ 为上升）', 'Places gained (prose)', reports, (r) => r.metrics.indexRankChange),
    ],
    ...source(agency, years, '排名及参评单位数取自正文，名次越小越靠前', 'rank and number of bodies ranked as stated in the text; a smaller rank is better'),
  }
}

function requestsSeries(years: number[], reports: (Report | null)[], agency: string): TrendSeries {
  return {
    id: 'requests',
    titleZh: '政府信息公开申请数量',
    titleEn: 'Disclosure requests',
    unitZh: '件',
    unitEn: 'requests',
    chart: 'stackedBar',
    years,
    datasets: [
      dataset('received', '本年新收', 'Received', reports, requestsReceived),
      dataset('carriedOver', '上年结转', 'Carried over', reports, (r) => requestTotal(r, 'carriedOver')),
    ],
    extras: [dataset('handledTotal', '办理总计', 'Handled total', reports, (r) => requestTotal(r, 'handledTotal'))],
    ...source(agency, years, '取表三“总计”列；无表三时本年新收取正文数字', 'table 3 “total” column; without table 3, requests received as stated in the text'),
  }
}

function outcomesSeries(years: number[], reports: (Report | null)[], agency: string): TrendSeries {
  return {
    id: 'outcomes',
    titleZh: '申请办理结果',
    titleEn: 'Outcomes of requests',
    unitZh: '件',
    unitEn: 'requests',
    chart: 'stackedBar',
    years,
    datasets: OUTCOME_GROUPS.map((g) => dataset(g.key, g.labelZh, g.labelEn, reports, (r) => outcomeTotal(r, g.key))),
    extras: [dataset('handledTotal', '（七）总计（报告所印）', 'Handled total (printed)', reports, (r) => requestTotal(r, 'handledTotal'))],
    ...source(agency, years, '取表三“总计”列，各类为其分项之和，任一分项空白则该类空缺', 'table 3 “total” column; each group is the sum of its rows, left blank when any row is blank'),
  }
}

function hotlineSeries(years: number[], reports: (Report | null)[], agency: string): TrendSeries {
  return {
    id: 'hotline',
    titleZh: '12345政务服务热线来电',
    titleEn: '12345 hotline calls',
    unitZh: '件',
    unitEn: 'calls',
    chart: 'bar',
    years,
    datasets: [dataset('hotlineCalls', '12345热线来电', 'Hotline calls', reports, (r) => r.metrics.hotlineCalls)],
    extras: [
      dataset('hotlineCallsYoYPercent', '同比（正文所述，%）', 'Year on year (prose, %)', reports, (r) => r.metrics.hotlineCallsYoYPercent),
    ],
    ...source(agency, years, '来电数及同比均为正文所述', 'calls and year-on-year change as stated in the text'),
  }
}

function activeItemsSeries(years: number[], reports: (Report | null)[], agency: string): TrendSeries {
  return {
    id: 'activeItems',
    titleZh: '主动公开政府信息数量',
    titleEn: 'Items disclosed',
    unitZh: '条',
    unitEn: 'items',
    chart: 'bar',
    years,
    datasets: [
      dataset('activeDisclosureItems', '主动公开信息', 'Items disclosed', reports, (r) => r.metrics.activeDisclosureItems),
    ],
    extras: [],
    ...source(agency, years, '取正文所述主动公开条数', 'items proactively disclosed as stated in the text'),
  }
}

function reviewSeries(years: number[], reports: (Report | null)[], agency: string): TrendSeries {
  return {
    id: 'reviewLitigation',
    titleZh: '行政复议和行政诉讼',
    titleEn: 'Reviews and lawsuits',
    unitZh: '件',
    unitEn: 'cases',
    chart: 'bar',
    years,
    datasets: [
      dataset('reviewTotal', '行政复议', 'Reviews', reports, reviewTotal),
      dataset('litigationTotal', '行政诉讼', 'Lawsuits', reports, litigationTotal),
      dataset('reviewCorrected', '复议纠正', 'Reviews corrected', reports, reviewCorrected),
      dataset('litigationCorrected', '诉讼纠正', 'Lawsuits corrected', reports, litigationCorrected),
    ],
    extras: [],
    ...source(agency, years, '取表四“总计”与“结果纠正”，诉讼为两组之和', 'table 4 “total” and “corrected” columns; litigation is the sum of its two groups'),
  }
}

export const TREND_IDS: TrendId[] = ['indexRank', 'requests', 'outcomes', 'hotline', 'activeItems', 'reviewLitigation']

/** All trend series of one body. `items` should be one body's reports; the first agency name found is used. */
export function buildTrends(items: readonly ReportItem[], opts: TrendOptions = {}): TrendSeries[] {
  const years = yearSpan(items, opts.from, opts.to)
  const map = byYear(items)
  const reports = years.map((y) => map.get(y)?.extraction.report ?? null)
  const agency = items.map(itemAgency).find((a) => a !== null) ?? ''
  const yearItems = years.map((y) => map.get(y) ?? null)
  return [
    rankSeries(years, reports, agency),
    requestsSeries(years, reports, agency),
    outcomesSeries(years, reports, agency),
    hotlineSeries(years, reports, agency),
    activeItemsSeries(years, reports, agency),
    reviewSeries(years, reports, agency),
  ].map((s) => markProsePoints(s, yearItems))
}

export function buildTrend(items: readonly ReportItem[], id: TrendId, opts: TrendOptions = {}): TrendSeries {
  const found = buildTrends(items, opts).find((s) => s.id === id)
  if (!found) throw new Error(`unknown trend ${id}`)
  return found
}
