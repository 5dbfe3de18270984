// Expected dashboard series from the corpus's gold answers: for each trend chart, the numbers of
// each year as the gold report gives them (read with the same figure definitions the app uses).
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from '../../shared/model/report'
import {
  OUTCOME_GROUPS,
  litigationCorrected,
  litigationTotal,
  outcomeTotal,
  requestTotal,
  requestsReceived,
  reviewCorrected,
  reviewTotal,
} from '../../shared/series/figures'

export function goldReports(goldDir: string, agency: string): Map<number, Report> {
  const out = new Map<number, Report>()
  for (const name of readdirSync(goldDir).filter((n) => n.endsWith('.json'))) {
    const r = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as Report
    if (r.agency === agency && r.year !== null) out.set(r.year, r)
  }
  return out
}

type Getter = (r: Report) => number | null
/** chart id → dataset key → getter. */
export const EXPECTED: Record<string, Record<string, Getter>> = {
  indexRank: { indexRank: (r) => r.metrics.indexRank },
  requests: { received: requestsReceived, carriedOver: (r) => requestTotal(r, 'carriedOver') },
  outcomes: Object.fromEntries(OUTCOME_GROUPS.map((g) => [g.key, (r: Report) => outcomeTotal(r, g.key)])),
  hotline: { hotlineCalls: (r) => r.metrics.hotlineCalls },
  activeItems: { activeDisclosureItems: (r) => r.metrics.activeDisclosureItems },
  reviewLitigation: { reviewTotal, litigationTotal, reviewCorrected, litigationCorrected },
}

/** Expected data of one chart over `years` (null for a year without a gold report). */
export function expectedSeries(gold: Map<number, Report>, chart: string, years: number[]): Record<string, (number | null)[]> {
  const getters = EXPECTED[chart] ?? {}
  return Object.fromEntries(Object.entries(getters).map(([key, get]) => [key, years.map((y) => (gold.has(y) ? get(gold.get(y)!) : null))]))
}
