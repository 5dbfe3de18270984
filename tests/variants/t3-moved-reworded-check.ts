// The check shared by the tests of table 三 headers in other words (generator rule t3-moved-reworded.ts:
// t3-grid-leaves, t3-column-words-text, t3-group-words-text): each model printed in each format with
// each rule, read where the rule applied, never a wrong table-三 cell nor one unread without a note.
import { expect } from 'vitest'
import { missesOf, readVariants, type VariantResult } from './suite'
import type { VariantModel } from './generator/model'
import { makeVariant, type Choices } from './generator/variant'
import type { Format } from './generator/formats'
import type { T3MovedRewordedRule } from './generator/t3-moved-reworded'

/** `seedOf` a variant's seed by model, format and rule; `numbersOf` a model's number rule (zeros left blank). */
export interface MovedRewordedOptions {
  seedOf?: (model: number, format: number, rule: number) => number
  numbersOf?: (model: number) => Choices['numbers'] | undefined
}

/**
 * The variants of `models` × `formats` × `rules` (seed `seed` + 1000 a model + 100 a format + 1 a rule),
 * read where the rule applied (at least 60 % of them), checked and counted in a log line starting `name`.
 */
export async function readMovedReworded(name: string, models: readonly VariantModel[], formats: readonly Format[], rules: readonly T3MovedRewordedRule[], seed: number, opts: MovedRewordedOptions = {}): Promise<VariantResult[]> {
  const seedOf = opts.seedOf ?? ((i: number, j: number, k: number): number => seed + 1000 * i + 100 * j + k)
  const variants = models.flatMap((m, i) =>
    formats.flatMap((f, j) => rules.map((rule, k) => makeVariant(m, seedOf(i, j, k), f, { table3: { header: 'flat', prose: false, merged: true }, table3MovedReworded: rule, ...(opts.numbersOf?.(i) ? { numbers: opts.numbersOf(i) } : {}) }))),
  )
  const applied = variants.filter((v) => v.tags.includes('t3:moved-reworded'))
  expect(applied.length).toBeGreaterThan(variants.length * 0.6)
  const results = await readVariants(applied)
  const tag = (id: string): string => results.find((r) => id.startsWith(r.variant.id))?.variant.tags.find((t) => t.startsWith('t3:moved-reworded:')) ?? ''
  expect(missesOf(results, '错 requests').map((m) => `${m} ${tag(m)}`)).toEqual([])
  expect(missesOf(results, '缺(无说明) requests')).toEqual([])
  const right = results.reduce((a, r) => a + r.score.right, 0)
  const unread = results.reduce((a, r) => a + r.score.unread, 0)
  console.log(`${name}: ${results.length} variants, right ${right} / unread ${unread}`)
  return results
}
