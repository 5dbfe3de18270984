// Rule label-half-brackets (generator/label-half-brackets.ts; hostile review hr34 W5): table 三's
// sub-row labels numbered 1) 2) …. A label's ordinal is never a cell: in text grouped by lines (a
// label, then its row's numbers) the ordinal read as a number moved a row's cells onto the next row.
// Every model in the text shapes and HTML: never a wrong or unnoted cell, and the grouped text read.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { missesOf, readVariants } from './suite'
import { loadModels } from './generator/model'
import { makeVariant } from './generator/variant'
import { type Format } from './generator/formats'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const FORMATS: Format[] = ['text-grouped', 'text-plain', 'crawled-lines', 'text-layout', 'html', 'crawled-run']

describe.skipIf(!existsSync(corpus))('sub-row labels numbered 1) 2) …', () => {
  it('the ordinal is no cell: never a wrong or unnoted cell of table 三', async () => {
    const models = loadModels(corpus)
    const variants = models.flatMap((m, i) => FORMATS.filter((_, k) => k === 0 || (i + k) % 3 === 0).map((f, k) =>
      makeVariant(m, 2_610_001 + 100 * i + k, f, { labels: { typos: false, dropNumbering: false, halfWidth: false, spaces: false, traditional: false, wrap: 0 }, halfBracketLabels: true })))
    // A variant whose table the rule cannot print so (a 小计 column, labels spaced out) is left out.
    const applied = variants.filter((v) => v.tags.includes('label:half-bracket-numbers'))
    expect(applied.length).toBeGreaterThan(variants.length * 0.9)
    const results = await readVariants(applied)
    const wrong = missesOf(results, '错 requests')
    const silent = missesOf(results, '缺(无说明) requests')
    expect(wrong).toEqual([])
    expect(silent).toEqual([])
    const grouped = results.filter((r) => r.variant.choices.format === 'text-grouped')
    const right = grouped.reduce((a, r) => a + r.score.right, 0)
    const all = grouped.reduce((a, r) => a + r.score.right + r.score.unread, 0)
    console.log(`half-bracket labels: ${results.length} variants; text-grouped read ${right}/${all}`)
    expect(right / all).toBeGreaterThan(0.9)
  }, 900_000)
})
