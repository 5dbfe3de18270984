// One slide with one NATIVE chart (editable in PowerPoint), drawn from a TrendSeries so the slide
// and the dashboard show the same numbers.
import type PptxGenJS from 'pptxgenjs'
import type { TrendDataset, TrendSeries } from '../../shared/series/types'
import { PROSE_MARK, PROSE_SOURCE_ZH } from '../../shared/series/prose-marks'
import { addFootnote, addTitledSlide, uniqueNames, type Deck } from './pptx-common'
import { COLORS, SLIDE_W, chartColors, fmtNumber, fmtPercent, fmtSigned } from './pptx-style'

/** What a chart slide draws: a trend over years, or one figure across bodies. */
export interface ChartSpec {
  titleZh: string
  unitZh: string
  chart: TrendSeries['chart']
  invertedAxis?: boolean
  categories: string[]
  datasets: TrendDataset[]
  /** Lines of text under the chart (stated figures that are not drawn). */
  notes: string[]
  sourceNote: string
}

function extraLine(ds: TrendDataset, categories: string[]): string | null {
  const percent = ds.key.endsWith('Percent')
  const signed = ds.key.endsWith('Change')
  const parts = ds.values
    .map((v, i) => (v === null ? null : `${categories[i]} ${percent ? fmtPercent(v) : signed ? fmtSigned(v) : fmtNumber(v)}`))
    .filter((s): s is string => s !== null)
  return parts.length ? `${ds.labelZh}：${parts.join('；')}` : null
}

export function chartSpecOfTrend(s: TrendSeries): ChartSpec {
  const categories = s.years.map(String)
  const notes: string[] = []
  for (const ds of s.datasets) {
    if (!ds.pointLabels) continue
    const parts = ds.pointLabels.map((l, i) => (l ? `${categories[i]} ${l}` : null)).filter((x): x is string => x !== null)
    if (parts.length) notes.push(`${ds.labelZh}：${parts.join('；')}`)
  }
  for (const ds of s.extras) {
    // The ranked count is already in the point labels.
    if (s.id === 'indexRank' && ds.key === 'indexRankOf') continue
    const line = extraLine(ds, categories)
    if (line) notes.push(line)
  }
  // Points read from the prose: a native chart cannot draw them hollow, so a line names them.
  for (const ds of s.datasets) {
    const years = categories.filter((_, i) => ds.fromProse?.[i] === true)
    if (years.length) notes.push(`${PROSE_SOURCE_ZH}（${PROSE_MARK.zh}，未经表格核对）——${ds.labelZh}：${years.join('、')} 年`)
  }
  const missing = s.years.filter((_, i) => s.datasets.every((d) => d.values[i] === null))
  if (missing.length) notes.push(`无数据的年份（空缺，不按 0 计）：${missing.join('、')}`)
  return {
    titleZh: s.titleZh,
    unitZh: s.unitZh,
    chart: s.chart,
    invertedAxis: s.invertedAxis,
    categories,
    datasets: s.datasets,
    notes,
    sourceNote: s.sourceNote,
  }
}

/** Largest value of the datasets (for the rank axis); null when all are blank. */
function maxOf(datasets: TrendDataset[], extra: (number | null)[] = []): number | null {
  const all = [...datasets.flatMap((d) => d.values), ...extra].filter((v): v is number => v !== null)
  return all.length ? Math.max(...all) : null
}

/** Bottom of the rank axis: some room below the worst rank, never past the number ranked. */
export function rankAxisMax(worstRank: number, rankedCount: number | null): number {
  const padded = Math.ceil((worstRank + Math.max(5, worstRank * 0.25)) / 5) * 5
  return rankedCount !== null && rankedCount >= worstRank ? Math.min(padded, rankedCount) : padded
}

export function chartOptions(deck: Deck, spec: ChartSpec, rankOf: (number | null)[] = []): PptxGenJS.IChartOpts {
  const stacked = spec.chart === 'stackedBar'
  const opts: PptxGenJS.IChartOpts = {
    x: 0.5,
    y: 1.25,
    w: SLIDE_W - 1,
    h: 5.45 - Math.min(spec.notes.length, 4) * 0.3,
    chartColors: chartColors(spec.datasets.length),
    displayBlanksAs: 'gap',
    showLegend: spec.datasets.length > 1,
    legendPos: 'b',
    legendFontFace: deck.fonts.zh,
    legendFontSize: 12,
    catAxisLabelFontFace: deck.fonts.zh,
    catAxisLabelFontSize: 12,
    valAxisLabelFontFace: deck.fonts.zh,
    valAxisLabelFontSize: 11,
    valAxisLabelFormatCode: '#,##0',
    showValAxisTitle: true,
    valAxisTitle: spec.unitZh,
    valAxisTitleFontFace: deck.fonts.zh,
    valAxisTitleFontSize: 11,
    valAxisTitleRotate: 0,
    showValue: !stacked,
    dataLabelFormatCode: '#,##0',
    dataLabelFontFace: deck.fonts.zh,
    dataLabelFontSize: 11,
    dataLabelColor: COLORS.text,
  }
  if (spec.chart === 'line') {
    Object.assign(opts, { lineSize: 2, lineDataSymbol: 'circle', lineDataSymbolSize: 8, dataLabelPosition: 't' })
  } else {
    Object.assign(opts, { barDir: 'col', barGrouping: stacked ? 'stacked' : 'clustered', barGapWidthPct: 60 })
    if (!stacked) opts.dataLabelPosition = 'outEnd'
  }
  if (spec.invertedAxis) {
    // Rank 1 at the top; the year axis crosses at the bottom (the largest rank shown), labels next to it.
    const max = rankAxisMax(maxOf(spec.datasets) ?? 1, maxOf([], rankOf))
    Object.assign(opts, {
      valAxisOrientation: 'maxMin',
      valAxisMinVal: 1,
      valAxisMaxVal: max,
      valAxisCrossesAt: max,
      valAxisMajorUnit: max > 50 ? 10 : 5,
      catAxisLabelPos: 'nextTo',
    })
  }
  return opts
}

export function addChartSlide(deck: Deck, spec: ChartSpec, rankOf: (number | null)[] = []): PptxGenJS.Slide {
  const slide = addTitledSlide(deck, spec.titleZh)
  const names = uniqueNames(spec.datasets.map((d) => d.labelZh))
  const data = spec.datasets.map((d, i) => ({
    name: names[i]!,
    labels: spec.categories,
    // pptxgenjs takes null for a blank point (written empty, then dropped by pptx-package-fix).
    values: d.values as number[],
  }))
  const type = spec.chart === 'line' ? deck.pptx.ChartType.line : deck.pptx.ChartType.bar
  const opts = chartOptions(deck, spec, rankOf)
  slide.addChart(type, data, opts)
  if (spec.notes.length) {
    const y = (opts.y as number) + (opts.h as number) + 0.05
    slide.addText(
      spec.notes.map((t) => ({ text: t, options: { breakLine: true } })),
      { x: 0.5, y, w: SLIDE_W - 1, h: 6.8 - y, fontFace: deck.fonts.zh, fontSize: 11, color: COLORS.text, valign: 'top' },
    )
  }
  addFootnote(deck, slide, spec.sourceNote)
  return slide
}
