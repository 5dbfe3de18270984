// Figures read from a sentence of the prose (provenance `how: 'prose'`) rather than from a table by
// its label or its sums: no table vouches for them, so every view marks them — 「据正文」 beside the
// number, a hollow point on a chart, 「来源：正文叙述」 on slides and in the workbook. A figure a
// person corrected is theirs, and is not marked. (A reading that is not proven at all — a table
// cell no label or sum places, an OCR digit no sum vouches for — is never a number in the report:
// the extractor leaves it null with a note, so no chart or slide can show it until a person enters it.)
import type { Extraction } from '../model/extraction'
import type { Report } from '../model/report'
import type { KpiTile, ReportItem, TrendSeries } from './types'

export const PROSE_MARK = { zh: '据正文', en: 'from text' } as const
export const PROSE_SOURCE_ZH = '来源：正文叙述'
export const PROSE_SOURCE_EN = 'Source: stated in the text'

/** The sentence a field was read from when it was read from prose, else null. `field` is a provenance key. */
export function proseSentenceOf(extraction: Extraction, field: string): string | null {
  const p = extraction.provenance[field]
  return p?.how === 'prose' ? p.text : null
}

/**
 * The provenance the analysis views keep of a report (the dashboard, compare view and exports hold
 * every report at once, so the rest is left out): the figures read from prose, except those a person
 * corrected — a corrected number is theirs, and is not marked. `corrected` are correction paths
 * (['metrics', 'hotlineCalls']); a path names the provenance key it joins to, or one inside it.
 */
export function proseProvenance(provenance: Extraction['provenance'], corrected: readonly (readonly (string | number)[])[]): Extraction['provenance'] {
  const edited = corrected.map((path) => path.join('.'))
  const out: Extraction['provenance'] = {}
  for (const [key, p] of Object.entries(provenance)) {
    if (p.how !== 'prose' || edited.some((e) => e === key || e.startsWith(`${key}.`))) continue
    out[key] = p
  }
  return out
}

/** The prose sentence of an item's field, unless a person corrected that field. */
export function itemProseSentence(item: ReportItem, field: string): string | null {
  if (item.corrections?.some((c) => c.field === field)) return null
  return proseSentenceOf(item.extraction, field)
}

/**
 * The provenance key behind a figure of the trend series and KPI tiles (by the dataset's or tile's
 * key), or null when it comes from a table. 本年新收 is table 三's unless the report has no table 三.
 */
export function sourceFieldOf(key: string, report: Report): string | null {
  switch (key) {
    case 'indexRank':
    case 'hotlineCalls':
    case 'activeDisclosureItems':
    case 'messagesReceived':
      return `metrics.${key}`
    case 'received':
    case 'requestsReceived':
      return report.requests.rows.received ? null : 'metrics.requestsReceived'
    default:
      return null
  }
}

const hasProse = (s: TrendSeries): boolean => s.datasets.some((d) => d.fromProse?.some(Boolean))

/**
 * Marks the points of `series` read from prose (dataset.fromProse) and adds a line saying so to the
 * source note. `items[i]` is the report of `series.years[i]` (null where there is none).
 */
export function markProsePoints(series: TrendSeries, items: readonly (ReportItem | null)[]): TrendSeries {
  for (const d of series.datasets) {
    const marks = d.values.map((v, i) => {
      const item = items[i]
      if (v === null || !item) return false
      const field = sourceFieldOf(d.key, item.extraction.report)
      return field !== null && itemProseSentence(item, field) !== null
    })
    if (marks.some(Boolean)) d.fromProse = marks
  }
  if (hasProse(series)) {
    series.sourceNote += `标“${PROSE_MARK.zh}”的数字取自正文叙述，未经表格核对。`
    series.sourceNoteEn += ` Figures marked “${PROSE_MARK.en}” are stated in the text, not checked against a table.`
  }
  return series
}

/** The tile's sentence when its value was read from prose (tile.fromProse). */
export function markProseTile(tile: KpiTile, item: ReportItem | undefined): KpiTile {
  if (!item || tile.value === null) return tile
  const field = sourceFieldOf(tile.key, item.extraction.report)
  const sentence = field ? itemProseSentence(item, field) : null
  if (sentence !== null) tile.fromProse = sentence
  return tile
}
