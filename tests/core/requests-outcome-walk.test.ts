// The outcome walk of table 三 (requests-outcome-walk.ts) against every combination tried by hand:
// a reading is kept exactly when some choice of one reading per unit adds up to the total. Its
// partial sums are keyed by a number where they are whole counts within the total, else by text
// (negative or fractional cells, totals whose key space passes 2^53): both kinds are checked here.
import { describe, expect, it } from 'vitest'
import { outcomesFitting } from '../../shared/extract/requests-outcome-walk'

/** Every combination: the readings of each unit that take part in one summing to `total`. */
function byHand(vecs: number[][][], total: number[]): Set<number>[] {
  const out = vecs.map(() => new Set<number>())
  const pick: number[] = []
  const go = (i: number, sum: number[]): void => {
    if (i === vecs.length) {
      if (sum.every((x, j) => x === total[j])) pick.forEach((r, u) => out[u]!.add(r))
      return
    }
    vecs[i]!.forEach((v, r) => {
      pick[i] = r
      go(i + 1, sum.map((x, j) => x + v[j]!))
    })
  }
  go(0, total.map(() => 0))
  return out
}

/** A small deterministic generator (the same cases on every run). */
function rng(seed: number): () => number {
  let s = seed
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
}

const sorted = (sets: Set<number>[] | undefined): number[][] | undefined => sets?.map((s) => [...s].sort((a, b) => a - b))

describe('table 三 outcome walk', () => {
  it('keeps exactly the readings some combination needs, with number keys and with text keys', () => {
    const rand = rng(7)
    const kinds = { whole: 0, negative: 0, fraction: 0, huge: 0 }
    for (let c = 0; c < 400; c++) {
      const kind = (['whole', 'whole', 'negative', 'fraction', 'huge'] as const)[c % 5]!
      kinds[kind]++
      const cols = 1 + Math.floor(rand() * 3)
      const scale = kind === 'huge' ? 2 ** 20 : 4
      const cell = (): number => {
        const x = Math.floor(rand() * scale)
        return kind === 'negative' && rand() < 0.2 ? -x : kind === 'fraction' && rand() < 0.2 ? x + 0.5 : x
      }
      const vecs = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => Array.from({ length: 1 + Math.floor(rand() * 3) }, () => Array.from({ length: cols }, cell)))
      // Half the totals are a real combination's sum, half anything.
      const total = rand() < 0.5 ? vecs.reduce((s, vs) => s.map((x, j) => x + vs[Math.floor(rand() * vs.length)]![j]!), Array(cols).fill(0) as number[]) : Array.from({ length: cols }, cell)
      expect([c, sorted(outcomesFitting(vecs, total))]).toEqual([c, sorted(byHand(vecs, total))])
    }
    expect(Object.values(kinds).every((n) => n > 50)).toBe(true)
  })

  it('two different partial sums never share a key: 1,0 and 0,1 within a total of 1,1', () => {
    // Mixed radix (column totals + 1): a key clash would keep a reading no combination needs.
    expect(sorted(outcomesFitting([[[1, 0], [0, 1]], [[1, 0]]], [1, 1]))).toEqual([[1], [0]])
    expect(sorted(outcomesFitting([[[2, 0]], [[0, 1]]], [1, 2]))).toEqual([[], []])
  })
})
