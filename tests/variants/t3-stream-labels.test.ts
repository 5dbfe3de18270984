// Table 三's body in plain pdftotext's stream order of a LibreOffice PDF (generator rule
// t3-stream-labels.ts, review rv26 F3): group headings repeated before their rows, labels wrapped
// around their row's first cell, a group's first row with its cells before its label. A number inside
// a label's brackets is lost with the label and a label cut by a number may be found only by its rest,
// so rows are read one step off and labels wait. On main: a label left waiting while the run after it
// went to an earlier waiting label was grouped with the next label and "proven" by row totals (rows of
// 0s and 1s add up in any order); a label found only after its first cell took its own last six cells
// and the next row's first. Both prove no position now (requests-table.ts, requests-cut-label.ts).
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { renderTextShape } from './render/text'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

describe.skipIf(!existsSync(corpus))('table 三 labels wrapped around a cell in a PDF stream order (text-plain)', () => {
  // Seeds from 963 000: a label found only in its piece after its first cell (「要求行政机关 / 1 / 确认或重新出」,
  // requests-cut-label.ts) read its own last six cells and the next row's first.
  it.each([960_000, 963_000])('never a wrong number, and a note for each table 三 row left unread (seeds from %i)', async (base) => {
    const models = loadModels(corpus)
    const variants = models.map((m, i) => {
      const seed = base + i
      const drawn = drawChoices(seed, 'text-plain', m.template)
      const table3 = { ...drawn.table3, prose: false, organisationsFirst: false, subtotal: false, subtotalRows: false, header: 'template' as const }
      return makeVariant(m, seed, 'text-plain', { table3, numbers: { ...drawn.numbers, zero: '0' }, labels: { ...drawn.labels, wrap: 0 }, table3StreamLabels: true })
    })
    const applied = variants.filter((v) => v.tags.includes('t3:stream-labels'))
    expect(applied.length).toBeGreaterThan(30)
    // A label's head, its row's first cell, the label's rest, on lines of their own.
    expect(renderTextShape(applied[0]!.doc, 'text-plain', 0)).toMatch(/\n[^\n\d]*[\u4e00-\u9fff]\n+[0-9０-９]+\n+[\u4e00-\u9fff][^\n\d]*\n/)
    const results = await readVariants(applied)
    const wrong = missesOf(results, '错')
    console.log(`t3:stream-labels: ${results.length} variants, ${wrong.length} cells wrong, ${results.reduce((n, r) => n + r.score.right, 0)} right, ${results.reduce((n, r) => n + r.score.unread, 0)} unread`)
    expect(wrong).toEqual([])
    const silent = results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('缺(无说明)') && m.includes('requests')).map((m) => `${r.variant.id}: ${m}`))
    expect(silent).toEqual([])
  }, 900_000)
})
