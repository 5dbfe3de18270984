// Picking reports out of the loaded items: by year for one body, one per body for one year.
import type { ReportItem } from './types'
import { seriesKeysOf, seriesNames, type SeriesFacts } from '../identity/series-keys'

export const itemYear = (item: ReportItem): number | null => item.extraction.report.year
export const itemAgency = (item: ReportItem): string | null => item.extraction.report.agency

/**
 * One item per year (items without a year are left out). When two items share a year the later
 * import wins (importedAt, else the later position in the list): it is the one the user loaded last.
 */
export function byYear(items: readonly ReportItem[]): Map<number, ReportItem> {
  const out = new Map<number, ReportItem>()
  items.forEach((item) => {
    const y = itemYear(item)
    if (y === null) return
    const prev = out.get(y)
    if (!prev || (prev.importedAt ?? '') <= (item.importedAt ?? '')) out.set(y, item)
  })
  return out
}

/** Every year from the first to the last report, gaps included (a missing year must show as a gap). */
export function yearSpan(items: readonly ReportItem[], from?: number, to?: number): number[] {
  const years = [...byYear(items).keys()]
  if (years.length === 0) return []
  const lo = from ?? Math.min(...years)
  const hi = to ?? Math.max(...years)
  const out: number[] = []
  for (let y = lo; y <= hi; y++) out.push(y)
  return out
}

/** What the series rule (shared/identity/series-keys.ts) needs of a loaded report. */
export const seriesFactsOf = (item: ReportItem): SeriesFacts => ({
  id: item.id,
  agency: itemAgency(item),
  ...(item.fileName !== undefined ? { fileName: item.fileName } : {}),
})

/** The series key of every item (same order), as the checks have them. */
export const itemSeriesKeys = (items: readonly ReportItem[]): string[] => seriesKeysOf(items, seriesFactsOf)

/**
 * Items grouped by series (series-keys.ts: the checks' rule), in first-seen order, each group under
 * the name its first report prints; two groups that print one name get the parent place or the file
 * name added. "乐清市人民政府" one year and "乐清市政府" the next are one body; two counties'
 * 东关镇人民政府 are two, and so is each report whose body was not recognised.
 */
export function byAgency(items: readonly ReportItem[]): Map<string, ReportItem[]> {
  const keys = itemSeriesKeys(items)
  const names = seriesNames(items, keys, seriesFactsOf)
  const out = new Map<string, ReportItem[]>()
  items.forEach((item, i) => {
    const name = names.get(keys[i]!)!
    out.set(name, [...(out.get(name) ?? []), item])
  })
  return out
}

/**
 * Per series, its report of `year`, named as that report prints its body; where two of them print
 * one name, by their group names (byAgency) instead, so that no two rows read alike.
 */
export function ofYearByBody(items: readonly ReportItem[], year: number): { name: string; item: ReportItem }[] {
  const out: { name: string; group: string; item: ReportItem }[] = []
  for (const [group, list] of byAgency(items)) {
    const item = byYear(list).get(year)
    if (item) out.push({ name: itemAgency(item)?.trim() || group, group, item })
  }
  const count = new Map<string, number>()
  for (const r of out) count.set(r.name, (count.get(r.name) ?? 0) + 1)
  return out.map((r) => ({ name: count.get(r.name)! > 1 ? r.group : r.name, item: r.item }))
}

/** Text for a span of years: "2019–2024 年", "2023 年". */
export function yearsLabel(years: readonly number[]): string {
  if (years.length === 0) return ''
  const lo = Math.min(...years)
  const hi = Math.max(...years)
  return lo === hi ? `${lo} 年` : `${lo}–${hi} 年`
}
