// Table 三 organisations first, its header as pdftotext -layout prints a LibreOffice PDF (generator
// rule t3-indented-header.ts, review rv13): 自然人 / 总计 on a line above the organisation headings.
// Every gold model in the text-layout shape. Before requests-header-sides.ts the rows were read in
// the template's order (自然人's numbers under 商业企业 …): the table's sums hold under any order.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { renderTextShape } from './render/text'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

describe.skipIf(!existsSync(corpus))('table 三 organisations first with an indented header (text-layout)', () => {
  it('never a wrong number, and a note for each table 三 row left unread', async () => {
    const models = loadModels(corpus)
    const variants = models.map((m, i) => {
      const seed = 880_000 + i
      const drawn = drawChoices(seed, 'text-layout', m.template)
      return makeVariant(m, seed, 'text-layout', { table3: { ...drawn.table3, organisationsFirst: true, subtotal: false, subtotalRows: false }, table3IndentedHeader: true })
    })
    const applied = variants.filter((v) => v.tags.includes('t3:indented-header'))
    expect(applied.length).toBeGreaterThan(30)
    expect(renderTextShape(applied[0]!.doc, 'text-layout', 0)).toMatch(/\n {65}自然人 总计\n {40}商业企/)
    const results = await readVariants(applied)
    const wrong = missesOf(results, '错')
    expect(wrong).toEqual([])
    const silent = results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('缺(无说明)') && m.includes('requests')).map((m) => `${r.variant.id}: ${m}`))
    expect(silent).toEqual([])
    console.log(`t3:indented-header: ${results.length} variants, ${results.reduce((n, r) => n + r.score.right, 0)} cells right, ${results.reduce((n, r) => n + r.score.unread, 0)} unread`)
  }, 600_000)
})
