// The prose-metric suite: generated paragraphs (tests/metrics/sentences.ts) read by the extractor's
// prose reader, every metric scored right / unread / wrong against the paragraph's gold, per rule.
// A wrong value is any value other than the one the paragraph states for the report's year.
import { extractMetrics } from '../../shared/extract/metrics'
import type { Metrics } from '../../shared/model/report'
import { metricCases } from '../../tests/metrics/sentences'

export interface ProseTally {
  right: number
  /** Stated figures left null. */
  unread: number
  /** Figures the paragraph does not state for the year (last year's, a city ranking…) left null, as they must be. */
  refused: number
  wrong: string[]
  /** Figures the paragraph states that must come with a note (another year's rank, one channel's
   *  count, a running total) where the extraction gave none. */
  unnoted: string[]
}

const empty = (): ProseTally => ({ right: 0, unread: 0, refused: 0, wrong: [], unnoted: [] })

function ruleFamily(key: keyof Metrics): string {
  if (key.startsWith('indexRank')) return 'rank:'
  if (key.startsWith('hotline')) return 'hotline:'
  if (key.startsWith('activeDisclosure')) return 'active:'
  if (key === 'requestsReceived') return 'requests:'
  if (key === 'messagesReceived') return 'messages:'
  return '-'
}

export function scoreProseMetrics(count: number, seed: number): { total: ProseTally; byRule: Map<string, ProseTally>; paragraphs: number } {
  const total = empty()
  const byRule = new Map<string, ProseTally>()
  const cases = metricCases(count, seed)
  for (const c of cases) {
    const { metrics: got, notes } = extractMetrics(c.text, c.year, c.agency)
    for (const key of Object.keys(c.gold) as (keyof Metrics)[]) {
      const rule = c.rules.find((r) => r.startsWith(ruleFamily(key)))
      const t = rule ? (byRule.get(rule) ?? empty()) : empty()
      if (rule) byRule.set(rule, t)
      const want = c.gold[key]
      const have = got[key]
      const bump = (k: 'right' | 'unread' | 'refused'): void => {
        t[k]++
        total[k]++
      }
      if (have === want) bump(want === null ? 'refused' : 'right')
      else if (have === null) bump('unread')
      else {
        const line = `${JSON.stringify(c.text)} (${c.year}) ${key}: read ${have}, is ${want}`
        t.wrong.push(line)
        total.wrong.push(line)
      }
      if (c.notes.includes(key) && !notes.some((n) => n.field === `metrics.${key}`)) {
        const line = `${JSON.stringify(c.text)} (${c.year}) ${key}: no note`
        t.unnoted.push(line)
        total.unnoted.push(line)
      }
    }
  }
  return { total, byRule, paragraphs: cases.length }
}

/** Share of stated figures read, percent with one decimal (floored). */
export function proseReadPct(t: ProseTally): number {
  const stated = t.right + t.unread
  return stated === 0 ? 100 : Math.floor((1000 * t.right) / stated) / 10
}

/** The suite as `npm run eval` prints it: the total, then each rule that has any figure. */
export function proseMetricsReport(count = 1000, seed = 1310): { total: ProseTally; lines: string[] } {
  const { total, byRule, paragraphs } = scoreProseMetrics(count, seed)
  const row = (name: string, t: ProseTally): string =>
    `${name.padEnd(30)} 对 ${t.right}  未读 ${t.unread}  应空且空 ${t.refused}  错 ${t.wrong.length}${t.unnoted.length ? `  缺说明 ${t.unnoted.length}` : ''}`
  const lines = [
    `proseMetrics       段落 ${paragraphs}  读出 ${proseReadPct(total)}%  对 ${total.right}  错 ${total.wrong.length}  未读 ${total.unread}  应空且空 ${total.refused}  缺说明 ${total.unnoted.length}`,
    ...[...byRule].sort(([a], [b]) => a.localeCompare(b)).map(([r, t]) => `· ${row(r, t)}`),
    ...total.wrong.slice(0, 20).map((w) => `    错 ${w}`),
    ...total.unnoted.slice(0, 10).map((w) => `    缺说明 ${w}`),
  ]
  return { total, lines }
}
