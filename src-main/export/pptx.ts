// The briefing deck (.pptx, 16:9): one body over a span of years, or one year across several bodies.
// Charts are native PowerPoint charts with the numbers of shared/series; the package is post-processed
// (pptx-package-fix) so that PowerPoint opens it without a repair prompt.
import PptxGenJS from 'pptxgenjs'
import type { TrendId, ReportItem } from '../../shared/series/types'
import { buildTrends } from '../../shared/series/trends'
import { buildKpis } from '../../shared/series/kpi'
import { compareYears } from '../../shared/series/year-compare'
import { buildBodySeries, compareBodies } from '../../shared/series/bodies-compare'
import { compareProblems } from '../../shared/series/problems'
import { flagLines } from '../../shared/series/flags'
import { byAgency, byYear, yearSpan, yearsLabel } from '../../shared/series/items'
import { DEFAULT_FONTS, type DeckFonts } from './pptx-style'
import type { Deck } from './pptx-common'
import { addTitleSlide } from './pptx-title-slide'
import { addKpiSlide } from './pptx-kpi-slide'
import { addChartSlide, chartSpecOfTrend, type ChartSpec } from './pptx-chart-slide'
import { addPeerSlides } from './pptx-peers-slide'
import { addBodiesTableSlides, addYearTableSlide } from './pptx-table-slides'
import { addFlagSlides, addProblemsBodiesSlide, addProblemsSlide, addSourcesSlide } from './pptx-list-slides'
import { fixPptxPackage } from './pptx-package-fix'
import { writeExportFile } from './output-file'

export type SlideKind = 'title' | 'kpis' | 'charts' | 'yearTable' | 'bodiesTable' | 'flags' | 'problems' | 'sources'

export const ALL_SLIDES: SlideKind[] = ['title', 'kpis', 'charts', 'yearTable', 'bodiesTable', 'flags', 'problems', 'sources']

export interface BriefingOptions {
  /** One body over years: which body (agency as printed). Default: the body with the most reports. */
  agency?: string
  /** Span of years (body mode). Default: all years of the body's reports. */
  from?: number
  to?: number
  /** One year across several bodies (bodies mode) instead of one body over years. */
  bodiesYear?: number
  /** Slides to include; a kind left out defaults to true. */
  slides?: Partial<Record<SlideKind, boolean>>
  /** Trend charts to include, in this order (body mode). Default: all. */
  charts?: TrendId[]
  fonts?: Partial<DeckFonts>
  /** Date printed on the title slide. Default: now. */
  madeAt?: Date
}

/** The body with the most reports (first seen on a tie). */
export function mainAgency(items: readonly ReportItem[]): string | null {
  let best: string | null = null
  let n = 0
  for (const [agency, list] of byAgency(items)) {
    if (list.length > n) {
      best = agency
      n = list.length
    }
  }
  return best
}

const isEmpty = (datasets: { values: (number | null)[] }[]): boolean => datasets.every((d) => d.values.every((v) => v === null))

const on = (opts: BriefingOptions, k: SlideKind): boolean => opts.slides?.[k] !== false

function newDeck(opts: BriefingOptions): Deck {
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE' // 13.33 × 7.5 in, 16:9
  const fonts: DeckFonts = { ...DEFAULT_FONTS, ...opts.fonts }
  pptx.theme = { headFontFace: fonts.latin, bodyFontFace: fonts.latin }
  pptx.author = '政务公开年报看板'
  pptx.company = '政务公开年报看板'
  return { pptx, fonts }
}

function inSpan(items: readonly ReportItem[], from?: number, to?: number): ReportItem[] {
  return items.filter((i) => {
    const y = i.extraction.report.year
    return y !== null && (from === undefined || y >= from) && (to === undefined || y <= to)
  })
}

function buildBodyDeck(deck: Deck, all: readonly ReportItem[], opts: BriefingOptions): void {
  const groups = byAgency(all)
  const agency = opts.agency ?? mainAgency(all) ?? ''
  // The caller may have picked one series already under the name the whole set gives it
  // (「东关镇人民政府（甲山县）」): alone, the series goes by its plain name.
  const own = groups.get(agency) ?? (groups.size === 1 ? [...groups.values()][0]! : [])
  const items = inSpan(own, opts.from, opts.to)
  if (items.length === 0) throw new Error(`没有可导出的报告：未找到「${agency}」在所选年份的年报。`)
  const years = [...byYear(items).keys()].sort((a, b) => a - b)
  const spanYears = opts.from !== undefined || opts.to !== undefined ? [opts.from ?? years[0]!, opts.to ?? years[years.length - 1]!] : years
  const latest = years[years.length - 1]
  if (on(opts, 'title')) addTitleSlide(deck, { subjectZh: agency, yearsZh: yearsLabel(spanYears), madeAt: opts.madeAt ?? new Date() })
  if (on(opts, 'kpis') && latest !== undefined) addKpiSlide(deck, buildKpis(items, latest), agency)
  const skipped: string[] = []
  if (on(opts, 'charts')) {
    const trends = buildTrends(items, { from: opts.from, to: opts.to })
    const order = opts.charts ?? trends.map((t) => t.id)
    for (const id of order) {
      const t = trends.find((s) => s.id === id)
      if (!t) continue
      // A figure the body never states (e.g. a department's 12345 calls) gets no empty chart.
      if (isEmpty(t.datasets)) {
        skipped.push(t.titleZh)
        continue
      }
      const rankOf = t.extras.find((e) => e.key === 'indexRankOf')?.values ?? []
      addChartSlide(deck, chartSpecOfTrend(t), rankOf)
    }
  }
  if (on(opts, 'yearTable') && years.length >= 2) {
    // Every year of the span, so a missing year shows as a column of gaps (as in the charts).
    const span = yearSpan(items, opts.from, opts.to)
    addYearTableSlide(deck, compareYears(items, { requestColumns: 'total', years: span }), agency)
  }
  if (on(opts, 'flags')) addFlagSlides(deck, flagLines(items), false)
  if (on(opts, 'problems') && latest !== undefined) addProblemsSlide(deck, compareProblems(items, latest), agency)
  const note = skipped.length ? `以下指标各年均未载明，未生成图表：${skipped.join('、')}。` : ''
  if (on(opts, 'sources')) addSourcesSlide(deck, items, note)
}

function buildBodiesDeck(deck: Deck, all: readonly ReportItem[], year: number, opts: BriefingOptions): void {
  const groups = [...byAgency(all)].filter(([, list]) => byYear(list).has(year))
  if (groups.length === 0) throw new Error(`没有可导出的报告：没有机关的 ${year} 年年报。`)
  const ofYear = groups.map(([, list]) => byYear(list).get(year)!)
  if (on(opts, 'title'))
    addTitleSlide(deck, { subjectZh: `${groups.length} 个机关`, yearsZh: yearsLabel([year]), madeAt: opts.madeAt ?? new Date() })
  if (on(opts, 'bodiesTable')) {
    addBodiesTableSlides(deck, compareBodies(all, year))
    addPeerSlides(deck, all, year)
  }
  if (on(opts, 'charts')) {
    for (const s of buildBodySeries(all, year)) {
      if (isEmpty(s.datasets)) continue
      const spec: ChartSpec = { ...s, notes: [], invertedAxis: false }
      addChartSlide(deck, spec)
    }
  }
  if (on(opts, 'flags')) addFlagSlides(deck, flagLines(ofYear), true)
  if (on(opts, 'problems'))
    addProblemsBodiesSlide(deck, groups.map(([agency, list]) => ({ agency, cmp: compareProblems(list, year) })), year)
  if (on(opts, 'sources')) addSourcesSlide(deck, ofYear)
}

/** Builds the deck and returns the .pptx bytes. */
export async function buildBriefingPptx(items: readonly ReportItem[], opts: BriefingOptions = {}): Promise<Buffer> {
  const deck = newDeck(opts)
  if (opts.bodiesYear !== undefined) buildBodiesDeck(deck, items, opts.bodiesYear, opts)
  else buildBodyDeck(deck, items, opts)
  const raw = (await deck.pptx.write({ outputType: 'uint8array' })) as Uint8Array
  return Buffer.from(fixPptxPackage(raw, { eastAsianFont: deck.fonts.zh, latinFont: deck.fonts.latin }))
}

export async function writeBriefingPptx(filePath: string, items: readonly ReportItem[], opts: BriefingOptions = {}): Promise<void> {
  await writeExportFile(filePath, 'pptx', await buildBriefingPptx(items, opts))
}
