// The blank-zeros rule (blank-zeros.ts) drawn in the suite: a small share of the variants printed in
// the text shapes where a blank leaves nothing behind get their zeros blank, so the eval's variant
// suite meets table 二, 三 and 四 rows that print fewer numbers than they have cells.
import { chance, type Rand } from './rng'

export const BLANK_ZERO_FORMATS = ['text-layout', 'text-plain', 'crawled-lines'] as const

/** Share of the suite's variants in those shapes printed with their zeros blank. */
const DRAWN_SHARE = 0.05

/** Whether a suite variant in one of those shapes prints its zeros blank (drawn from a stream of its own). */
export function drawBlankZerosInText(rand: Rand, format: string): boolean {
  return (BLANK_ZERO_FORMATS as readonly string[]).includes(format) && chance(rand, DRAWN_SHARE)
}
