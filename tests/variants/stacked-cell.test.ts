// A table-三 cell holding its number on two lines (generator rule stacked-cell.ts): two paragraphs in a DOCX
// cell, a <br> in an HTML cell. Glued, 「9」「10」 read 910 (a wrong number, issue 10); now the cell is one
// of unknown value (stacked-digits.ts) and its row is left unread with a note that quotes it.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants } from './suite'
import { loadModels } from './generator/model'
import { stackedCellVariant, stackedText } from './generator/stacked-cell'
import type { Variant } from './generator/variant'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

describe('stacked-cell rule', () => {
  it('prints the value cut once (no line starting with 0), or the value and another number under it', () => {
    const shapes = new Set<string>()
    for (let i = 0; i < 20; i++) {
      const t = stackedText(105, () => i / 20)
      const [a, b] = t.split('\n')
      expect(b !== undefined && !a!.startsWith('0') && !b.startsWith('0')).toBe(true)
      shapes.add(t.replace('\n', '') === '105' ? 'cut' : a === '105' ? 'two' : 'other')
    }
    expect([...shapes].sort()).toEqual(['cut', 'two'])
  })
})

describe.skipIf(!existsSync(corpus))('a table 三 cell on two lines (docx, html)', () => {
  it('is never read as one number: no wrong cell, the row unread with a note naming the cell', async () => {
    const models = loadModels(corpus)
    const variants = models.flatMap((m, i) => (['docx', 'html'] as const).map((f, j) => stackedCellVariant(m, 960_000 + 10 * i + j, f))).filter((v): v is Variant => v !== null)
    expect(variants.length).toBeGreaterThan(models.length)
    const results = await readVariants(variants)
    const bad = results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('错') || m.startsWith('缺(无说明)')).map((m) => `${r.variant.id}: ${m}`))
    expect(bad).toEqual([])
    // Each variant's note quotes the cell's two lines.
    for (const r of results) expect(r.notes?.some((n) => n.field.startsWith('requests') && n.message.includes('分行印有')), r.variant.id).toBe(true)
  }, 600_000)
})
