// Table 三's long numbers wrapped in narrow cells (generator rule t3-wrapped-numbers.ts, review rv13
// round 3: pdftotext -layout of a LibreOffice PDF): a number's head on a line above its row, its rest
// on a line below. Every gold model in the text-layout shape, two seeds each (column widths and
// blank lines between rows drawn). Before broken-numbers.ts the rest line was read as the row's last
// cells and the head line dropped as strays: whole rows shifted (「３７１ ０ ０ ４２７ ２８ ７ ３３」).
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { renderTextShape } from './render/text'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

describe.skipIf(!existsSync(corpus))('table 三 with numbers wrapped in narrow cells (text-layout)', () => {
  it('never a wrong number, and a note for each table 三 row left unread', async () => {
    const models = loadModels(corpus)
    const variants = models.flatMap((m, i) =>
      [0, 1].map((k) => {
        const seed = 890_000 + 2 * i + k
        const drawn = drawChoices(seed, 'text-layout', m.template)
        return makeVariant(m, seed, 'text-layout', { table3: { ...drawn.table3, prose: false }, table3WrappedNumbers: true })
      }),
    )
    const applied = variants.filter((v) => v.tags.includes('t3:wrapped-numbers'))
    expect(applied.length).toBeGreaterThan(40)
    // The rule prints what it says: a row's label line between a line of heads and a line of rests.
    const text = renderTextShape(applied[0]!.doc, 'text-layout', applied[0]!.choices.labels.wrap)
    expect(text).toMatch(/\n {20,}\d[\d,]*[^\n]*\n\S[^\n]*\d\n {20,}\d/)
    const results = await readVariants(applied)
    const wrong = missesOf(results, '错')
    console.log(`t3:wrapped-numbers: ${results.length} variants, ${wrong.length} cells wrong`)
    expect(wrong).toEqual([])
    const silent = results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('缺(无说明)') && m.includes('requests')).map((m) => `${r.variant.id}: ${m}`))
    expect(silent).toEqual([])
    console.log(`t3:wrapped-numbers: ${results.length} variants, ${results.reduce((n, r) => n + r.score.right, 0)} cells right, ${results.reduce((n, r) => n + r.score.unread, 0)} unread`)
  }, 600_000)
})
