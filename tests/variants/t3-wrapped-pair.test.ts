// Two rows of table 三 linked by one identity, wrapped alike in a narrow ruled cell (generator rule
// t3-wrapped-pair.ts; session 34's known risk, ls34's hand-built table): the heads of 自然人 and 总计
// on a line above each row's label, the rests below. Without the heads each row adds up, and
// 一 + 二 = （七） + 四 holds on the cut-down numbers of 一 and 四: read so, 4 cells are wrong per row.
// requests-stray-rows.ts reads a row beside such digits only where the identities prove the digits
// placed (一 with （七）: （七） = the outcome rows tells) or leaves it unread with a note (一 with 四).
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant, type Variant } from './generator/variant'
import type { WrappedPairRule } from './generator/t3-wrapped-pair'
import { renderTextShape } from './render/text'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const PAIRS: WrappedPairRule['pair'][] = ['received+carriedForward', 'received+handledTotal']

function variants(format: 'text-layout' | 'text-plain' | 'pdf', shape: WrappedPairRule['shape'], every: number): Variant[] {
  const models = loadModels(corpus).filter((_, i) => i % every === 0)
  return models.flatMap((m, i) =>
    PAIRS.map((pair, k) => {
      const seed = 930_000 + 2 * i + k
      const drawn = drawChoices(seed, format, m.template)
      const numbers = format === 'pdf' ? { ...drawn.numbers, groupSpace: ' ' as const, thousands: false } : drawn.numbers
      return makeVariant(m, seed, format, { table3: { ...drawn.table3, prose: false }, numbers, table3WrappedPair: { pair, thousands: 1 + ((seed * 7) % 9), shape } })
    }),
  ).filter((v) => v.tags.some((t) => t.startsWith('t3:wrapped-pair:')))
}

const tally = (label: string, results: Awaited<ReturnType<typeof readVariants>>): void =>
  console.log(`${label}: ${results.length} variants, ${results.reduce((n, r) => n + r.score.right, 0)} cells right, ${missesOf(results, '错').length} wrong, ${results.reduce((n, r) => n + r.score.unread, 0)} unread`)

describe.skipIf(!existsSync(corpus))('two linked rows of table 三 wrapped alike, heads above their labels', () => {
  for (const [format, shape] of [['text-plain', 'plain'], ['text-layout', 'layout']] as const) {
    it(`${format}: never a wrong number, and a note for each table 三 row left unread`, async () => {
      const applied = variants(format, shape, 1)
      expect(applied.length).toBeGreaterThan(20)
      // The rule prints what it says: a line of bare heads, the label's line, a line of bare rests.
      const text = applied.map((v) => renderTextShape(v.doc, format, v.choices.labels.wrap)).find((t) => t.includes('本年新收')) ?? ''
      expect(text).toMatch(/\n[ \d０-９]*[\d０-９]\n[^\n]*本年新收[^\n]*\n[ \d０-９]*[\d０-９]{3}\n/)
      const results = await readVariants(applied)
      tally(`t3:wrapped-pair ${format}`, results)
      expect(missesOf(results, '错')).toEqual([])
      const silent = results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('缺(无说明)') && m.includes('requests')).map((m) => `${r.variant.id}: ${m}`))
      expect(silent).toEqual([])
    }, 900_000)
  }

  it('pdf (numbers grouped by a space, narrow ruled cells wrap as they will): never a wrong number', async () => {
    const results = await readVariants(variants('pdf', 'layout', 8))
    tally('t3:wrapped-pair pdf', results)
    expect(missesOf(results, '错')).toEqual([])
  }, 900_000)
})
