// A trend series (shared/series) as the dashboard draws it: labels, datasets with colours, point
// labels, axis direction. Pure data, so tests read exactly what the chart is given (data-chart).
import type { TrendSeries } from '../../shared/series/types'
import { PROSE_MARK, PROSE_SOURCE_ZH } from '../../shared/series/prose-marks'
import { fmtChange, fmtNumber, fmtPercentChange } from './numbers'

export interface ChartDatasetModel {
  key: string
  label: string
  /** One value per year; null = gap (no report, or not stated). */
  data: (number | null)[]
  color: string
  /** Stack group for stacked bars. */
  stack?: string
  /** Text drawn above each point (rank "第 17 名 / 77", stated year-on-year %). */
  pointLabels?: (string | null)[]
  /** Emphasised (e.g. 纠正 cases). */
  highlight?: boolean
  /** Per year: true where the value was read from the prose (drawn hollow, dashed to its neighbours). */
  fromProse?: boolean[]
}

export interface ChartModel {
  id: string
  title: string
  unit: string
  type: 'line' | 'bar'
  stacked: boolean
  reverseY: boolean
  years: number[]
  labels: string[]
  datasets: ChartDatasetModel[]
  /** Lines under the tooltip's values per year (extras: handled total, rank change, stated %). */
  notes: string[][]
  sourceNote: string
  /** The legend's key for hollow points (「○ 据正文」), when any point was read from the prose. */
  proseKey: string | null
  /** The mark a prose point gets in its tooltip (据正文 / from text). */
  proseTag: string
}

const PALETTE = ['#1f6f8b', '#e08a2e', '#6a8d3a', '#8d5a97', '#c2413b', '#7a8691', '#3f9bb5']
const OUTCOME_COLORS: Record<string, string> = {
  granted: '#2e7d4f',
  partiallyGranted: '#7fb069',
  withheld: '#c2413b',
  unavailable: '#e08a2e',
  notProcessed: '#8d5a97',
  otherHandling: '#9aa3ad',
}
const REVIEW_COLORS: Record<string, string> = {
  reviewTotal: '#1f6f8b',
  litigationTotal: '#6a8d3a',
  reviewCorrected: '#d92d20',
  litigationCorrected: '#f97066',
}

function colorOf(series: TrendSeries, key: string, i: number): string {
  if (series.id === 'outcomes') return OUTCOME_COLORS[key] ?? PALETTE[i % PALETTE.length]!
  if (series.id === 'reviewLitigation') return REVIEW_COLORS[key] ?? PALETTE[i % PALETTE.length]!
  if (series.id === 'requests') return i === 0 ? '#1f6f8b' : '#9fc6d3'
  return PALETTE[i % PALETTE.length]!
}

function extraNotes(series: TrendSeries, en: boolean): string[][] {
  return series.years.map((_, yi) =>
    series.extras
      .map((x) => {
        const v = x.values[yi] ?? null
        if (v === null) return null
        const label = en ? x.labelEn : x.labelZh
        if (x.key === 'indexRankChange') return en ? `${label}: ${fmtChange(v)}` : v === 0 ? '名次与上年持平' : `较上年${v > 0 ? '上升' : '下降'} ${Math.abs(v)} 名`
        if (x.key.endsWith('Percent')) return `${label}：${fmtPercentChange(v)}`
        return `${label}：${fmtNumber(v)}`
      })
      .filter((s): s is string => s !== null),
  )
}

function pointLabelsOf(series: TrendSeries, key: string, values: (number | null)[], en: boolean, labels?: (string | null)[]): (string | null)[] | undefined {
  if (labels) {
    // Rank: "第 17 名 / 77" plus the places gained or lost as the prose states them.
    const change = series.extras.find((x) => x.key === 'indexRankChange')?.values
    const of = series.extras.find((x) => x.key === 'indexRankOf')?.values
    return labels.map((l, i) => {
      const c = change?.[i] ?? null
      if (l === null) return null
      const o = of?.[i] ?? null
      const text = en ? `#${values[i]}${o === null ? '' : ` / ${o}`}` : l
      return c === null || c === 0 ? text : `${text}${en ? ' (' : '（'}${c > 0 ? '↑' : '↓'}${Math.abs(c)}${en ? ')' : '）'}`
    })
  }
  if (series.id === 'hotline' && key === 'hotlineCalls') {
    const yoy = series.extras.find((x) => x.key === 'hotlineCallsYoYPercent')?.values
    return values.map((v, i) => (v === null ? null : yoy?.[i] != null ? `${en ? 'YoY' : '同比'} ${fmtPercentChange(yoy[i])}` : null))
  }
  return undefined
}

export function trendChartModel(series: TrendSeries, en = false): ChartModel {
  const stacked = series.chart === 'stackedBar'
  const datasets = series.datasets.map((d, i): ChartDatasetModel => {
    const m: ChartDatasetModel = { key: d.key, label: en ? d.labelEn : d.labelZh, data: [...d.values], color: colorOf(series, d.key, i) }
    if (stacked) m.stack = 'total'
    const labels = pointLabelsOf(series, d.key, d.values, en, d.pointLabels)
    if (labels) m.pointLabels = labels
    if (/Corrected$/.test(d.key)) m.highlight = true
    if (d.fromProse?.some(Boolean)) m.fromProse = [...d.fromProse]
    return m
  })
  const prose = datasets.some((d) => d.fromProse)
  return {
    id: series.id,
    title: en ? series.titleEn : series.titleZh,
    unit: en ? series.unitEn : series.unitZh,
    type: series.chart === 'line' ? 'line' : 'bar',
    stacked,
    reverseY: series.invertedAxis === true,
    years: [...series.years],
    labels: series.years.map((y) => (en ? String(y) : `${y}年`)),
    datasets,
    notes: extraNotes(series, en),
    sourceNote: en ? series.sourceNoteEn : series.sourceNote,
    proseTag: en ? PROSE_MARK.en : PROSE_MARK.zh,
    proseKey: prose ? (en ? `○ hollow: ${PROSE_MARK.en} (not checked against a table)` : `○ 空心：${PROSE_MARK.zh}（${PROSE_SOURCE_ZH}，未经表格核对）`) : null,
  }
}

/** What tests and the e2e read off a chart (data-chart): no colours, just the numbers. */
export function chartData(model: ChartModel): { id: string; type: string; years: number[]; datasets: { key: string; label: string; data: (number | null)[]; fromProse?: boolean[] }[] } {
  return {
    id: model.id,
    type: model.type,
    years: model.years,
    datasets: model.datasets.map((d) => ({ key: d.key, label: d.label, data: d.data, ...(d.fromProse ? { fromProse: d.fromProse } : {}) })),
  }
}
