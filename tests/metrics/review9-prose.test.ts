// Review 9 F4: the index's clause gives a tier, not a rank (位列第一档次), and the rank after it is
// another ranking's (政务新媒体检查排名第5位). Before: stored as the index rank 5 with no note. The
// generator (sentences.ts: rank:tier-then-other) tries hundreds of wordings.
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'

describe('a tier in the index, a rank in another ranking', () => {
  it('is not the index rank, and the note names the other ranking', () => {
    const { metrics, notes } = extractMetrics('在全省政务公开第三方评估中位列第一档次，政务新媒体检查排名第5位。', 2023)
    expect(metrics.indexRank).toBeNull()
    expect(notes.find((n) => n.field === 'metrics.indexRank')?.message).toMatch(/政务新媒体检查排名第5位.*另一项排名/)
  })

  it('a body named as the subject of the index\'s rank in the next clause is still the index rank', () => {
    expect(extractMetrics('在全省政务公开第三方评估中，我局排名第5位。', 2023).metrics.indexRank).toBe(5)
  })
})
