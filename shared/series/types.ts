// Types of the trend data that the dashboard charts, the slides and the workbook share, so that
// every view shows the same numbers. Pure data: no Chart.js or pptxgenjs shapes here.
import type { Extraction } from '../model/extraction'
import type { Flag } from '../model/flag'

/** A correction a reviewer made by hand to an extracted value (shown on the sources slide). */
export interface ManualCorrection {
  /** Field path as in Provenance, e.g. `requests.granted` or `metrics.hotlineCalls`. */
  field: string
  before?: string | number | null
  after?: string | number | null
  at?: string
  note?: string
}

/** One loaded report, as the app and the CLI hold it. */
export interface ReportItem {
  id: string
  fileName?: string
  importedAt?: string
  extraction: Extraction
  flags: Flag[]
  /** Optional: hand corrections made in the app (the sources slide lists them). */
  corrections?: ManualCorrection[]
}

/** Which way is better for a figure: used to colour changes (rank: lower is better). */
export type BetterWhen = 'higher' | 'lower' | 'neutral'

export type TrendId = 'indexRank' | 'requests' | 'outcomes' | 'hotline' | 'activeItems' | 'reviewLitigation'

/** How the series is meant to be drawn; the dashboard and the slides follow it. */
export type TrendChartKind = 'line' | 'bar' | 'stackedBar'

export interface TrendDataset {
  key: string
  labelZh: string
  labelEn: string
  /** One value per year of `years`; `null` = no report or not stated (a gap, never 0). */
  values: (number | null)[]
  /** Optional label per point, e.g. "第 17 名 / 77". */
  pointLabels?: (string | null)[]
  /** Per year: true where the value was read from a sentence of the prose, not a table (drawn hollow). */
  fromProse?: boolean[]
}

export interface TrendSeries {
  id: TrendId
  titleZh: string
  titleEn: string
  unitZh: string
  unitEn: string
  chart: TrendChartKind
  /** true for ranks: 1 is best and drawn at the top. */
  invertedAxis?: boolean
  years: number[]
  /** What is drawn. */
  datasets: TrendDataset[]
  /** Figures shown beside the chart but not drawn (e.g. the stated year-on-year %, the ranked count). */
  extras: TrendDataset[]
  /** Where the numbers come from, one Chinese sentence. */
  sourceNote: string
  /** The same in English (the English view). */
  sourceNoteEn: string
}

/** One figure across several bodies of one year: categories are the bodies. */
export interface CategorySeries {
  id: string
  titleZh: string
  titleEn: string
  unitZh: string
  chart: TrendChartKind
  year: number
  /** The bodies' names, in the order of the rows. */
  categories: string[]
  datasets: TrendDataset[]
  sourceNote: string
  sourceNoteEn: string
}

/** A headline figure of one report. */
export interface FieldDef {
  key: string
  labelZh: string
  labelEn: string
  unitZh: string
  betterWhen: BetterWhen
  get: (item: ReportItem) => number | null
}

export interface KpiTile {
  key: string
  labelZh: string
  labelEn: string
  unitZh: string
  betterWhen: BetterWhen
  year: number
  value: number | null
  previousYear: number
  previous: number | null
  /** value − previous; null when either is null. */
  change: number | null
  /** (value − previous) / previous × 100; null for ranks and rates, from or to 0, or null. */
  changePercent: number | null
  /** The change in words and its direction (change.ts), the same on the tiles, slides and workbook. */
  changeView: Change
  /** For ranks, e.g. "第 17 名 / 77". */
  display?: string
  /** The sentence the value was read from, when it was read from the prose (marked 据正文). */
  fromProse?: string
}

// A change between two values in the unit that means something (change.ts builds it).
export type ChangeKind = 'rank' | 'rate' | 'count' | 'places'

export type ChangeDirection = 'better' | 'worse' | 'same' | 'neutral' | 'none'

export interface Change {
  kind: ChangeKind
  from: number | null
  to: number | null
  /** to − from, in the kind's unit (places, percentage points, units); null when either is null. */
  delta: number | null
  /** Percent change, counts only; null from or to zero or null. */
  percent: number | null
  /** Which way the change reads (ranks: a smaller number is better). */
  direction: ChangeDirection
  /** The change alone: "上升 4 位", "+1.5 个百分点", "+12", "—". */
  deltaZh: string
  deltaEn: string
  /** The percent change: "+25%", or "—" where there is none (ranks, rates, from or to zero). */
  percentText: string
  /** Both, as a reader sees them: "上升 4 位", "+1.5 个百分点", "+12（+25%）", "—". */
  textZh: string
  textEn: string
}

/** One change between two columns of a comparison (change/changePercent: delta/percent, for sorting and cells). */
export interface ChangeCell extends Change {
  change: number | null
  changePercent: number | null
}

export interface YearComparisonRow {
  key: string
  /** Group heading, e.g. "三、收到和处理政府信息公开申请情况". */
  groupZh: string
  labelZh: string
  labelEn: string
  values: (number | null)[]
  /** changes[i] compares years[i + 1] with years[i]. */
  changes: ChangeCell[]
}

export interface YearComparison {
  agency: string | null
  years: number[]
  rows: YearComparisonRow[]
}

export interface BodyComparisonRow {
  itemId: string
  agency: string | null
  values: (number | null)[]
}

export interface BodyComparison {
  year: number
  fields: Omit<FieldDef, 'get'>[]
  rows: BodyComparisonRow[]
}
