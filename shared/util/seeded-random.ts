// A seeded random source (mulberry32: small, fast, well spread for consecutive seeds): the same
// seed gives the same numbers, so generated test variants and benchmark libraries are repeatable.
export type Rand = () => number

export function seeded(seed: number): Rand {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
