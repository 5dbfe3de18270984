// The prose figures against generated paragraphs (tests/metrics/sentences.ts, scored by
// src-main/eval/prose-metrics.ts): every metric of every paragraph is either read right or left
// null — never a wrong value, never last year's figure, never another kind of ranking or count.
import { describe, expect, it } from 'vitest'
import { proseMetricsReport, proseReadPct, scoreProseMetrics } from '../../src-main/eval/prose-metrics'

describe('prose metrics on 1,000 generated paragraphs', () => {
  it('reads no wrong value, and reads at least 97 % of the stated figures', () => {
    const { total, lines } = proseMetricsReport(1000, 1310)
    console.log(lines.join('\n'))
    expect(total.wrong).toEqual([])
    // Another year's rank, one channel's count and a running total each say why (or with what caveat).
    expect(total.unnoted).toEqual([])
    expect(proseReadPct(total)).toBeGreaterThanOrEqual(97)
    // The refusals are exercised: last year's figures, city rankings and transferred cases are there.
    expect(total.refused).toBeGreaterThan(1000)
  })

  it('reads no wrong value on a second seed either', () => {
    const { total } = scoreProseMetrics(500, 77)
    expect(total.wrong).toEqual([])
    expect(total.unnoted).toEqual([])
  })
})
