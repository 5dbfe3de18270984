// Reports grouped into series (one body over the years). The key is bodyKey(agency) unless the
// caller overrides it (a user merging or splitting series by hand). Within a series, the first
// report loaded for a year represents that year in cross-year checks; the others are duplicates.
import type { ReportContext } from './context'

export interface Series {
  key: string
  /** Year → the reports of that year, in input order (the first is the representative). */
  byYear: Map<number, ReportContext[]>
  /** Reports whose year is unknown: no cross-year check can use them. */
  noYear: ReportContext[]
}

export function groupSeries(contexts: ReportContext[], keyOf: (ctx: ReportContext) => string): Series[] {
  const out = new Map<string, Series>()
  for (const ctx of contexts) {
    const key = keyOf(ctx)
    let s = out.get(key)
    if (!s) {
      s = { key, byYear: new Map(), noYear: [] }
      out.set(key, s)
    }
    const y = ctx.report.year
    if (y === null) s.noYear.push(ctx)
    else s.byYear.set(y, [...(s.byYear.get(y) ?? []), ctx])
  }
  return [...out.values()]
}

/** Years of a series ascending, each with its representative report. */
export function representatives(s: Series): { year: number; ctx: ReportContext }[] {
  return [...s.byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => ({ year, ctx: list[0]! }))
}
