// The prose figures against generated paragraphs (tests/metrics/sentences.ts): every metric of every
// paragraph is either read right or left null — never a wrong value, never last year's figure, never
// another kind of ranking or count. The read rate per rule is printed; a floor holds it.
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'
import type { Metrics } from '../../shared/model/report'
import { metricCases } from './sentences'

interface Tally {
  right: number
  unread: number
  wrong: string[]
}

function score(count: number, seed: number): { total: Tally; byRule: Map<string, Tally> } {
  const total: Tally = { right: 0, unread: 0, wrong: [] }
  const byRule = new Map<string, Tally>()
  for (const c of metricCases(count, seed)) {
    const got = extractMetrics(c.text, c.year).metrics
    for (const key of Object.keys(c.gold) as (keyof Metrics)[]) {
      const want = c.gold[key]
      const have = got[key]
      const rule = c.rules.find((r) => r.startsWith(ruleFamily(key))) ?? 'none'
      const t = byRule.get(rule) ?? { right: 0, unread: 0, wrong: [] }
      byRule.set(rule, t)
      if (have === want) {
        if (want !== null) [t.right++, total.right++]
      } else if (have === null) [t.unread++, total.unread++]
      else {
        const line = `${JSON.stringify(c.text)} (${c.year}) ${key}: read ${have}, is ${want}`
        t.wrong.push(line)
        total.wrong.push(line)
      }
    }
  }
  return { total, byRule }
}

function ruleFamily(key: keyof Metrics): string {
  if (key.startsWith('indexRank')) return 'rank:'
  if (key.startsWith('hotline')) return 'hotline:'
  if (key === 'activeDisclosureItems') return 'active:'
  if (key === 'requestsReceived') return 'requests:'
  return '-'
}

describe('prose metrics on 1,000 generated paragraphs', () => {
  it('reads no wrong value, and reads at least 97 % of the stated figures', () => {
    const { total, byRule } = score(1000, 1310)
    const rate = total.right / (total.right + total.unread)
    const lines = [...byRule].sort(([a], [b]) => a.localeCompare(b)).map(([r, t]) => `${r}: ${t.right} right, ${t.unread} unread, ${t.wrong.length} wrong`)
    console.log(`prose metrics: ${total.right} right, ${total.unread} unread, ${total.wrong.length} wrong, read ${(rate * 100).toFixed(1)} %\n${lines.join('\n')}`)
    expect(total.wrong).toEqual([])
    expect(rate).toBeGreaterThanOrEqual(0.97)
  })

  it('reads no wrong value on a second seed either', () => {
    expect(score(500, 77).total.wrong).toEqual([])
  })
})
