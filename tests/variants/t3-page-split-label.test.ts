// Table 三 page by page in pdftotext plain text, labels before numbers, a row's label cut at each page
// end (generator rule t3-page-split-label.ts, review rv13 round 3). Every gold model, two seeds (page
// lengths drawn). Before requests-shifted-run.ts a page's numbers were placed under the labels found on
// it, in order, when as many labels as rows were found — the cut label's tail taken as its row, the
// label cut at the page's end not found: every row one off, each still adding up.
// With 小计 rows at the groups' heads (table3.subtotalRows, new-user2.ts; 「小计」 printed, or the group
// heading carrying its sums) a 小计 row's numbers stand among a page's rows with no label: before
// requests-subtotal-in-order.ts they were placed by position, 2093 cells wrong in 74 of these 76
// variants. The 小计 row is now read as a row in label order, proven by its own sum (its group's rows);
// where that reading does not hold, rows read apart from their labels are left unread with a note.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { renderTextShape } from './render/text'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

describe.skipIf(!existsSync(corpus))('table 三 over pages, labels cut at page ends (text-plain)', () => {
  it.each([false, true])('never a wrong number, and a note for each table 三 row left unread (小计 rows: %s)', async (subtotalRows) => {
    const models = loadModels(corpus)
    const variants = models.flatMap((m, i) =>
      [0, 1].map((k) => {
        const seed = 940_000 + 2 * i + k
        const drawn = drawChoices(seed, 'text-plain', m.template)
        return makeVariant(m, seed, 'text-plain', { table3: { ...drawn.table3, prose: false, subtotalRows }, labels: { ...drawn.labels, wrap: 0 }, table3PageSplitLabel: true })
      }),
    )
    const applied = variants.filter((v) => v.tags.includes('t3:page-split-label'))
    expect(applied.length).toBeGreaterThan(60)
    expect(renderTextShape(applied[0]!.doc, 'text-plain', 0)).toMatch(/\f/)
    const results = await readVariants(applied)
    const wrong = missesOf(results, '错')
    console.log(`t3:page-split-label (小计 rows: ${subtotalRows}): ${results.length} variants, ${wrong.length} cells wrong, ${results.reduce((n, r) => n + r.score.right, 0)} right, ${results.reduce((n, r) => n + r.score.unread, 0)} unread`)
    expect(wrong).toEqual([])
    const silent = results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('缺(无说明)') && m.includes('requests')).map((m) => `${r.variant.id}: ${m}`))
    expect(silent).toEqual([])
  }, 600_000)
})
