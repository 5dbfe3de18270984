// Table 三 in the template's order, its two-level header a cell per line as a PDF viewer's copy or
// plain pdftotext prints it (generator rule t3-stream-header.ts, review rv24): 自然人 and 总计 after
// 法人或其他组织, amid the organisation headings or after them, or (rv26 F1) the organisations after the
// first row's label, or amid its numbers (rv26 F5, F6). The same lines are a web page's cell
// order for a table printed organisations first; before requests-columns.ts refused them in every
// text file, a text without page breaks was read organisations first, every applicant column
// rotated (the table's sums hold under any order of them).
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { renderTextShape } from './render/text'
import type { Format } from './generator/formats'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

describe.skipIf(!existsSync(corpus))('table 三 header in a PDF text order (text-plain, crawled-lines)', () => {
  it('never a wrong number, and a note for each table 三 row left unread', async () => {
    const models = loadModels(corpus)
    const variants = models.flatMap((m, i) =>
      (['text-plain', 'crawled-lines'] as Format[]).map((format, j) => {
        const seed = 890_000 + 2 * i + j
        const drawn = drawChoices(seed, format, m.template)
        const table3 = { ...drawn.table3, organisationsFirst: false, subtotal: false, subtotalRows: false, header: 'template' as const }
        return makeVariant(m, seed, format, { table3, table3StreamHeader: (['amid', 'after', 'late', 'cells'] as const)[(i + j) % 4]! })
      }),
    )
    const applied = variants.filter((v) => v.tags.some((t) => t.startsWith('t3:stream-header')))
    expect(applied.length).toBeGreaterThan(60)
    expect(applied.some((v) => v.id.includes('#crawled-lines#'))).toBe(true)
    expect(applied.some((v) => v.tags.includes('t3:stream-header-late'))).toBe(true)
    expect(applied.some((v) => v.tags.includes('t3:stream-header-cells'))).toBe(true)
    expect(renderTextShape(applied.find((v) => v.tags.includes('t3:stream-header-amid'))!.doc, 'crawled-lines', 0)).toMatch(/法人或其他组织\n自然人\n总计\n商业企业/)
    const results = await readVariants(applied)
    const wrong = missesOf(results, '错')
    expect(wrong).toEqual([])
    const silent = results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('缺(无说明)') && m.includes('requests')).map((m) => `${r.variant.id}: ${m}`))
    expect(silent).toEqual([])
    console.log(`t3:stream-header: ${results.length} variants, ${results.reduce((n, r) => n + r.score.right, 0)} cells right, ${results.reduce((n, r) => n + r.score.unread, 0)} unread`)
  }, 900_000)
})
