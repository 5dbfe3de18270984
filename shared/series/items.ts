// Picking reports out of the loaded items: by year for one body, one per body for one year.
import type { ReportItem } from './types'
import { bodyKey } from '../identity/body'

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

/**
 * Items grouped by body, in first-seen order, each group under the name its first report prints.
 * A body is bodyKey(agency), as in the checks' series: "乐清市人民政府" one year and "乐清市政府" or
 * "乐清市人民政府办公室" the next are one body, not two with a year each.
 */
export function byAgency(items: readonly ReportItem[]): Map<string, ReportItem[]> {
  const nameOf = new Map<string, string>()
  const out = new Map<string, ReportItem[]>()
  for (const item of items) {
    const agency = itemAgency(item)
    const body = agency === null || agency.trim() === '' ? null : bodyKey(agency)
    const name = (body !== null ? nameOf.get(body) : undefined) ?? agency ?? '（未识别机关）'
    if (body !== null && !nameOf.has(body)) nameOf.set(body, name)
    out.set(name, [...(out.get(name) ?? []), item])
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
