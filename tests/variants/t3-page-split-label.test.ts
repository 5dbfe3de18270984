// Table 三 page by page in pdftotext plain text, labels before numbers, a row's label cut at each page
// end (generator rule t3-page-split-label.ts, review rv13 round 3). Every gold model, two seeds (page
// lengths drawn). Before requests-shifted-run.ts a page's numbers were placed under the labels found on
// it, in order, when as many labels as rows were found — the cut label's tail taken as its row, the
// label cut at the page's end not found: every row one off, each still adding up.
// OPEN: with 小计 rows at the groups' heads (table3.subtotalRows, new-user2.ts) this rule still gives
// wrong cells (measured 184 in 7 of these variants: the cut 小计 row's numbers are placed by position);
// they are turned off here so this test guards what is mended, and the combination is listed as left.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { renderTextShape } from './render/text'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

describe.skipIf(!existsSync(corpus))('table 三 over pages, labels cut at page ends (text-plain)', () => {
  it('never a wrong number, and a note for each table 三 row left unread', async () => {
    const models = loadModels(corpus)
    const variants = models.flatMap((m, i) =>
      [0, 1].map((k) => {
        const seed = 940_000 + 2 * i + k
        const drawn = drawChoices(seed, 'text-plain', m.template)
        return makeVariant(m, seed, 'text-plain', { table3: { ...drawn.table3, prose: false, subtotalRows: false }, labels: { ...drawn.labels, wrap: 0 }, table3PageSplitLabel: true })
      }),
    )
    const applied = variants.filter((v) => v.tags.includes('t3:page-split-label'))
    expect(applied.length).toBeGreaterThan(60)
    expect(renderTextShape(applied[0]!.doc, 'text-plain', 0)).toMatch(/\f/)
    const results = await readVariants(applied)
    const wrong = results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('错')).map((m) => `${r.variant.id}: ${m}`))
    console.log(`t3:page-split-label: ${results.length} variants, ${wrong.length} cells wrong, ${results.reduce((n, r) => n + r.score.right, 0)} right, ${results.reduce((n, r) => n + r.score.unread, 0)} unread`)
    expect(wrong).toEqual([])
    const silent = results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('缺(无说明)') && m.includes('requests')).map((m) => `${r.variant.id}: ${m}`))
    expect(silent).toEqual([])
  }, 600_000)
})
