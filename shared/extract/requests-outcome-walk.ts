// The walk behind table 三's outcome identity (requests-feasible.ts): which reading of each outcome
// unit takes part in a sum equal to 总计. Partial sums are kept as the set reachable after each unit
// (forward), then walked back from the total. A table's check runs this walk tens of thousands of
// times over the same units with different totals, so a partial sum's key is a number where it can
// be one (whole counts within the total: one number per vector), else the vector as text.

/** Partial-sum vectors kept after one unit before the walk gives up (every reading then stays possible). */
const MAX_STATES = 200_000

type Key = string | number
const textKey = (v: number[]): string => v.join(',')

/**
 * A vector's key: where the total and every reading's vector are whole non-negative counts and the
 * vectors within the total number fewer than 2^53, the vector read as a mixed-radix number (radix:
 * each column's total + 1), so two vectors share a key only if they are equal; a vector outside the
 * total gets -1, which no kept vector has. Otherwise the joined text.
 */
function keyFor(total: number[], vecs: number[][][]): (v: number[]) => Key {
  const whole = (x: number): boolean => Number.isSafeInteger(x) && x >= 0
  const place: number[] = []
  let size = 1
  for (const t of total) {
    place.push(size)
    size *= t + 1
  }
  if (!total.every(whole) || size > Number.MAX_SAFE_INTEGER || !vecs.every((vs) => vs.every((v) => v.every(whole)))) return textKey
  return (v) => {
    let k = 0
    for (let j = 0; j < v.length; j++) {
      const x = v[j]!
      if (x < 0 || x > total[j]!) return -1
      k += x * place[j]!
    }
    return k
  }
}

/**
 * The readings of each outcome unit (`vecs[unit][reading]`: the reading's sum on the checked
 * columns) that take part in a sum equal to `total` (by index; empty sets: none does); undefined
 * where the walk grew too large.
 */
export function outcomesFitting(vecs: number[][][], total: number[]): Set<number>[] | undefined {
  const n = vecs.length
  // Counts are never negative: a partial sum above 总计 ends there, unless a reading holds a
  // negative cell (a misprint), which could bring the sum back down.
  const bounded = vecs.every((vs) => vs.every((v) => v.every((x) => x >= 0)))
  const within = (v: number[]): boolean => !bounded || v.every((x, i) => x <= total[i]!)
  const keyOf = keyFor(total, vecs)
  const zero = total.map(() => 0)
  // forward[i]: partial sums after units 0..i-1.
  const forward: Map<Key, number[]>[] = [new Map([[keyOf(zero), zero]])]
  for (let i = 0; i < n; i++) {
    const next = new Map<Key, number[]>()
    for (const s of forward[i]!.values()) {
      for (const v of vecs[i]!) {
        const t = s.map((x, j) => x + v[j]!)
        if (!within(t)) continue
        next.set(keyOf(t), t)
        if (next.size > MAX_STATES) return undefined
      }
    }
    forward.push(next)
  }
  // backward[i]: what units i..n-1 must still add, for the prefixes that can be completed.
  let backward = new Set<Key>([keyOf(zero)])
  const out: Set<number>[] = vecs.map(() => new Set())
  for (let i = n - 1; i >= 0; i--) {
    const here = new Set<Key>()
    for (const s of forward[i]!.values()) {
      vecs[i]!.forEach((v, ci) => {
        const rest = total.map((x, j) => x - s[j]! - v[j]!)
        if (!backward.has(keyOf(rest))) return
        out[i]!.add(ci)
        here.add(keyOf(total.map((x, j) => x - s[j]!)))
      })
    }
    backward = here
  }
  return out
}
