// Markdown with pandoc's grid tables (generator rule md:grid-table, render/grid-table.ts; hostile
// review rv27's md-grid producer: 29 % of cells read before grid-table.ts). Every gold model, two
// seeds each: never a wrong number, every unread cell noted, and nearly all read.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf } from './suite'
import { loadModels } from './generator/model'
import { makeVariant } from './generator/variant'
import { renderTextShape } from './render/text'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

describe.skipIf(!existsSync(corpus))('Markdown grid tables (md:grid-table)', () => {
  it('never a wrong number, every unread cell noted, at least 97 % read', async () => {
    const models = loadModels(corpus)
    const variants = models.flatMap((m, i) => [0, 1].map((k) => makeVariant(m, 930_000 + 2 * i + k, 'markdown', { markdownGrid: true })))
    expect(variants.every((v) => v.tags.includes('md:grid-table'))).toBe(true)
    const text = renderTextShape(variants[0]!.doc, 'markdown', variants[0]!.choices.labels.wrap, { grid: true })
    expect(text).toMatch(/\n\+=+\+/)
    expect(text).toMatch(/\n\|[^\n]*\|\n\|[^\n]*\|\n\+-/)
    const results = await readVariants(variants)
    const wrong = missesOf(results, '错')
    const silent = missesOf(results, '缺(无说明)')
    const right = results.reduce((n, r) => n + r.score.right, 0)
    const unread = results.reduce((n, r) => n + r.score.unread, 0)
    console.log(`md:grid-table: ${results.length} variants, ${right} cells right, ${wrong.length} wrong, ${unread} unread`)
    expect(wrong).toEqual([])
    expect(silent).toEqual([])
    expect(right / (right + unread)).toBeGreaterThan(0.97)
  }, 600_000)

  it('with merged cells (pandoc 3, md:grid-table-spans): never a wrong number, every unread cell noted, at least 97 % read', async () => {
    const models = loadModels(corpus)
    const variants = models.flatMap((m, i) => [0, 1].map((k) => makeVariant(m, 940_000 + 2 * i + k, 'markdown', { markdownGrid: 'spans' as const })))
    expect(variants.every((v) => v.tags.includes('md:grid-table-spans'))).toBe(true)
    // The rule prints what it says: a merged label cell leaves its part of the rule under it blank.
    const text = renderTextShape(variants[0]!.doc, 'markdown', variants[0]!.choices.labels.wrap, { grid: 'spans' })
    expect(text).toMatch(/\n\| +\+-+\+/)
    const results = await readVariants(variants)
    const wrong = missesOf(results, '错')
    const silent = missesOf(results, '缺(无说明)')
    const right = results.reduce((n, r) => n + r.score.right, 0)
    const unread = results.reduce((n, r) => n + r.score.unread, 0)
    console.log(`md:grid-table-spans: ${results.length} variants, ${right} cells right, ${wrong.length} wrong, ${unread} unread`)
    expect(wrong).toEqual([])
    expect(silent).toEqual([])
    expect(right / (right + unread)).toBeGreaterThan(0.97)
  }, 600_000)
})
