// Rules first met in the hand-written new-user reports (tests/newuser), each a variation the
// extractor once read wrong or not at all: zeros written 〇 / 无 / the letter O, full-width decimal
// points, every count printed with its unit 件 in all tables (not only table 三), table 四 one result
// per line or as two separate tables (table4.ts renders them). Drawn from a
// stream of their own, so every other choice of an existing variant stays as it was.
import type { Choices } from './variant'
import { KEEPS_BLANKS } from './formats'
import { drawZeroSign } from './numbers'
import { chance, pick, seeded } from './rng'

export function drawNewUserRules(seed: number, c: Choices): Choices {
  const rand = seeded(seed * 104729 + 31)
  const keepsBlanks = KEEPS_BLANKS.has(c.format)
  const numbers = { ...c.numbers, ...drawZeroSign(rand, c.numbers, keepsBlanks, c.format === 'crawled-run') }
  // 件 in every cell only where cells are kept apart: in text "6件 1件" reads as a sentence's counts.
  const countUnits = keepsBlanks && chance(rand, 0.12)
  // Table 四 one result per line, or as two separate tables (where the format keeps cells apart).
  const table4 = keepsBlanks && chance(rand, 0.15) ? pick(rand, ['vertical', 'separate-litigation-first', 'separate-review-first'] as const) : c.table4
  if (!countUnits) return { ...c, numbers, table4 }
  return { ...c, numbers, table4, table2: { ...c.table2, countUnits }, table3: { ...c.table3, units: true }, table4CountUnits: true }
}

export function newUserRuleTags(c: Choices): string[] {
  return c.table4CountUnits ? ['units:all-cells'] : []
}
