// A seeded random source for the variant generator: the same seed gives the same variant.
export type Rand = () => number

export function seeded(seed: number): Rand {
  // mulberry32: small, fast, well spread for consecutive seeds.
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function pick<T>(rand: Rand, options: readonly T[]): T {
  return options[Math.floor(rand() * options.length)]!
}

export function chance(rand: Rand, p: number): boolean {
  return rand() < p
}
