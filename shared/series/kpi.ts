// KPI tiles: a headline figure of one year beside the year before, with the change.
import type { FieldDef, KpiTile, ReportItem } from './types'
import { HEADLINE_FIELDS } from './headline'
import { byYear } from './items'
import { describeChange, changeKindOf } from './change'
import { rankLabel } from './figures'
import { markProseTile } from './prose-marks'

/**
 * Tiles for one body's `year` (default: its latest report) against `year − 1`. A missing previous
 * report gives previous = null and no change; it is never compared with an older year silently.
 */
export function buildKpis(
  items: readonly ReportItem[],
  year?: number,
  fields: readonly FieldDef[] = HEADLINE_FIELDS,
): KpiTile[] {
  const map = byYear(items)
  if (map.size === 0) return []
  const y = year ?? Math.max(...map.keys())
  const cur = map.get(y)
  const prev = map.get(y - 1)
  return fields.map((f) => {
    const value = cur ? f.get(cur) : null
    const previous = prev ? f.get(prev) : null
    const change = describeChange(previous, value, changeKindOf(f.key), f.betterWhen)
    const tile: KpiTile = {
      key: f.key,
      labelZh: f.labelZh,
      labelEn: f.labelEn,
      unitZh: f.unitZh,
      betterWhen: f.betterWhen,
      year: y,
      value,
      previousYear: y - 1,
      previous,
      change: change.delta,
      changePercent: change.percent,
      changeView: change,
    }
    if (f.key === 'indexRank' && cur) {
      const label = rankLabel(value, cur.extraction.report.metrics.indexRankOf)
      if (label) tile.display = label
    }
    return markProseTile(tile, cur)
  })
}
