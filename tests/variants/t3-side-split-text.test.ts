// Table 三 split sideways into two tables (generator rule t3-side-split.ts, issue 10) in the text shapes
// a reader meets: pdftotext -layout and plain, labels grouped before their numbers, Markdown pipe tables,
// crawled pages (a cell per line, or run together), tab text. Both second parts: the row labels repeated,
// or row numbers in their place. Every gold model once per shape and second part, the split after 2–6
// data columns, the header flat or two-level, 「（续上表）」, 「续表」 or nothing between the parts.
// Whatever is read, table 三 never holds a wrong number, and every cell left unread has its note. Where
// the text keeps the cells apart (a row a line, a cell a line, tabs) the parts are joined where proven:
// most of table 三 is read, and a table 三 left wholly unread has one note saying why.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, type VariantResult } from './suite'
import { SHAPES, splitVariants as drawSplit } from './side-split-variants'
import type { SideSplitRule } from './generator/t3-side-split'
import type { Format } from './generator/formats'
import { renderTextShape } from './render/text'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const JOINED_SHAPES: Format[] = ['text-layout', 'text-plain', 'crawled-lines', 'text-tab']

const isT3Note = (field: string): boolean => field === 'requests' || field.startsWith('requests.') || field === 'section.requests'

const misses = (rs: VariantResult[], kind: string): string[] => rs.flatMap((r) => r.score.misses.filter((m) => m.startsWith(kind) && m.includes('requests')).map((m) => `${r.variant.id}: ${m}`))

describe.skipIf(!existsSync(corpus))('table 三 split sideways, in the text shapes', () => {
  it('prints both parts in the text, the second after the first', () => {
    const v = drawSplit(corpus, 'crawled-lines', 'numbers', 905_000).find((x) => !x.choices.labels.traditional)!
    const lines = renderTextShape(v.doc, 'crawled-lines', 0).split('\n')
    // The second part's 序号 heading after the first part's 自然人, then its own headings up to 总计, then row 1.
    const [person, ordinal] = [lines.indexOf('自然人'), lines.indexOf('序号')]
    expect(person).toBeGreaterThan(0)
    expect(ordinal).toBeGreaterThan(person)
    const total = lines.indexOf('总计', ordinal)
    expect(total).toBeGreaterThan(ordinal)
    expect(lines[total + 1]).toBe('1')
  })

  for (const repeat of ['labels', 'numbers'] as const) {
    for (const [s, format] of SHAPES.entries()) {
      it(`${format}, ${repeat === 'labels' ? 'the row labels repeated' : 'row numbers in place of the labels'}: never a wrong number in table 三, a note for each cell unread`, async () => {
        const variants = drawSplit(corpus, format, repeat, 905_000 + 1000 * s + (repeat === 'numbers' ? 500 : 0))
        expect(variants.length).toBeGreaterThan(30)
        const results = await readVariants(variants)
        const right = results.reduce((n, r) => n + r.score.right, 0)
        console.log(`t3:side-split-${repeat} ${format}: ${results.length} variants, ${right} cells right, table 三 ${misses(results, '错').length} wrong, ${misses(results, '缺').length} unread, ${misses(results, '缺(无说明)').length} silent`)
        expect(misses(results, '错')).toEqual([])
        expect(misses(results, '缺(无说明)')).toEqual([])
        if (!JOINED_SHAPES.includes(format)) return
        // The parts joined where proven: most of table 三 read (a split left apart reads next to nothing of it).
        const cells = results.reduce((n, r) => n + r.variant.model.requests.reduce((m, [, c]) => m + c.length, 0), 0)
        const t3right = cells - misses(results, '错').length - misses(results, '缺').length
        console.log(`  table 三: ${t3right} of ${cells} cells right`)
        expect(t3right / cells).toBeGreaterThan(0.7)
        // A split not joined leaves table 三 unread with one note saying why.
        const goldCells = (r: VariantResult): number => r.variant.model.requests.reduce((m, [, c]) => m + c.filter((x) => x !== null).length, 0)
        const wholly = results.filter((r) => goldCells(r) > 0 && misses([r], '缺').length === goldCells(r))
        const t3Notes = (r: VariantResult): string[] => (r.notes ?? []).filter((n) => isT3Note(n.field)).map((n) => n.message)
        expect(wholly.filter((r) => t3Notes(r).length !== 1).map((r) => `${r.variant.id}: ${t3Notes(r).join(' | ')}`)).toEqual([])
      }, 600_000)
    }
  }
})
