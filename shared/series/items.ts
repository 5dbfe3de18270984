// Picking reports out of the loaded items: by year for one body, one per body for one year.
import type { ReportItem } from './types'

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

/** Items grouped by agency (the body's name as printed), in first-seen order. */
export function byAgency(items: readonly ReportItem[]): Map<string, ReportItem[]> {
  const out = new Map<string, ReportItem[]>()
  for (const item of items) {
    const key = itemAgency(item) ?? '（未识别机关）'
    const list = out.get(key) ?? []
    list.push(item)
    out.set(key, list)
  }
  return out
}

/** Text for a span of years: "2019–2024 年", "2023 年". */
export function yearsLabel(years: readonly number[]): string {
  if (years.length === 0) return ''
  const lo = Math.min(...years)
  const hi = Math.max(...years)
  return lo === hi ? `${lo} 年` : `${lo}–${hi} 年`
}
