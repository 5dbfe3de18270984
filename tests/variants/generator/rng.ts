// A seeded random source for the variant generator: the same seed gives the same variant.
import { seeded, type Rand } from '../../../shared/util/seeded-random'

export { seeded, type Rand }

export function pick<T>(rand: Rand, options: readonly T[]): T {
  return options[Math.floor(rand() * options.length)]!
}

export function chance(rand: Rand, p: number): boolean {
  return rand() < p
}
