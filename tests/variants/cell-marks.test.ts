// Footnote marks and hidden digits in cells (generator rule cell-marks.ts, review W6/W7): every gold
// model printed in HTML and DOCX (and a few PDFs, where Chromium can print them) with marks forced
// into three numeric cells must read back with no wrong cell. Without the readers' handling of
// <sup>, hidden elements and w:vanish runs, the marked cells read as 1202 for 120.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf } from './suite'
import { loadModels } from './generator/model'
import { makeVariant } from './generator/variant'
import { applyCellMarks, cellMarkRuleTags, type CellMarkRule } from './generator/cell-marks'
import { canPrintPdf } from './render/index'
import { renderHtmlDoc } from './render/html'
import type { Format } from './generator/formats'
import { HIDE_STYLES, MORE_HIDE_STYLES, RAISE_STYLES, type CellMark, type IRDoc } from './generator/ir'
import { renderDocxDoc } from './render/docx'
import { htmlToDocument } from '../../src-main/readers/html'
import { readDocx } from '../../src-main/readers/docx'
import type { TableBlock } from '../../shared/model/document'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

const doc: IRDoc = [{ kind: 'table', rows: [[{ text: '行政处罚' }, { text: '789', num: true }, { text: '—', num: true }]] }]

describe('cell-marks rule', () => {
  it('marks only cells holding a printed number, and prints each mark in the HTML', () => {
    const sup = applyCellMarks(doc, { kind: 'footnote-sup', cells: 3 }, 5, 'html')
    const t = sup[0]!.kind === 'table' ? sup[0]!.rows[0]! : []
    expect(t[0]!.mark).toBeUndefined()
    expect(t[2]!.mark).toBeUndefined()
    expect(t[1]!.mark?.kind).toBe('sup')
    expect(renderHtmlDoc(sup, 't')).toMatch(/789(?:<sup>\d+<\/sup>|<span (?:style|class)="[^"]+">\d+<\/span>)/)
    const hidden = applyCellMarks(doc, { kind: 'hidden-digit', cells: 1 }, 9, 'html')
    expect(renderHtmlDoc(hidden, 't')).toMatch(/<span (?:hidden|style="[^"]+"|class="fn-[a-z]+"|id="fn-h")>\d<\/span>/)
    expect(cellMarkRuleTags({ kind: 'hidden-digit', cells: 1 }, 'docx')).toEqual(['cell:hidden-digit', 'docx:vanish-run'])
    expect(cellMarkRuleTags({ kind: 'footnote-sup', cells: 1 }, 'pdf')).toEqual(['cell:footnote-sup', 'pdf:superscript-mark'])
  })
})

describe('every way a mark is set reads back as the number alone (review s6: CSS, w:position, based-on styles)', () => {
  const cellOf = (mark: CellMark): IRDoc => [{ kind: 'table', rows: [[{ text: '行政处罚' }, { text: '789', num: true, mark }]] }]
  const marks: CellMark[] = [
    ...RAISE_STYLES.map((raise): CellMark => ({ kind: 'sup', text: '1', at: 'after', raise })),
    ...[...HIDE_STYLES, ...MORE_HIDE_STYLES].map((hide): CellMark => ({ kind: 'hidden', text: '1', at: 'before', hide })),
  ]

  it('in HTML', () => {
    for (const m of marks) {
      const doc = htmlToDocument(renderHtmlDoc(cellOf(m), 't'), 't.html')
      const t = doc.blocks.find((b): b is TableBlock => b.kind === 'table')!
      expect([m.raise ?? m.hide, t.rows[0]![1]!.text.replace(/[¹]/g, '')]).toEqual([m.raise ?? m.hide, '789'])
    }
  })

  it('in DOCX', async () => {
    for (const m of marks.filter((x) => x.kind === 'sup' || x.hide === 'display-none' || x.hide === 'hidden-class')) {
      const out = readDocx(await renderDocxDoc(cellOf(m)), 't.docx', 't.docx')
      const t = out.ok ? out.document.blocks.find((b): b is TableBlock => b.kind === 'table') : undefined
      expect([m.raise ?? m.hide, t?.rows[0]![1]!.text]).toEqual([m.raise ?? m.hide, m.kind === 'sup' ? '789¹' : '789'])
    }
  })
})

describe.skipIf(!existsSync(corpus))('cell marks read back (every model, html and docx)', () => {
  it('never glues a footnote mark or a hidden digit onto a number', async () => {
    const models = loadModels(corpus)
    const variants = models.flatMap((m, i) =>
      (['html', 'docx'] as Format[]).flatMap((f, j) =>
        (['footnote-sup', 'hidden-digit'] as const).map((kind, k) => {
          const rule: CellMarkRule = { kind, cells: 3 }
          return makeVariant(m, 900_000 + 10 * i + 4 * j + k, f, { cellMarks: rule })
        }),
      ),
    )
    if (canPrintPdf) for (let k = 0; k < 2; k++) variants.push(makeVariant(models[(k * 11) % models.length]!, 910_000 + k, 'pdf', { cellMarks: { kind: 'footnote-sup', cells: 3 } }))
    const results = await readVariants(variants)
    expect(results.length).toBeGreaterThan(100)
    // Every variant carries its marks (3 cells drawn; two draws may hit one cell).
    for (const r of results) expect(r.variant.doc.some((b) => b.kind === 'table' && b.rows.some((row) => row.some((c) => c.mark)))).toBe(true)
    const wrong = missesOf(results, '错')
    expect(wrong).toEqual([])
    const cells = results.reduce((n, r) => n + r.score.right + r.score.unread + r.score.wrong, 0)
    const right = results.reduce((n, r) => n + r.score.right, 0)
    expect(right / cells).toBeGreaterThan(0.99)
  }, 300_000)

  it('a mark glued onto a table 三 cell as a plain digit (1202) is never read: the sums leave it empty with a note', async () => {
    const models = loadModels(corpus)
    const formats: Format[] = ['text-layout', 'text-plain', 'text-grouped', 'markdown', 'crawled-lines', 'html', 'docx']
    const variants = models.flatMap((m, i) => formats.map((f, j) => makeVariant(m, 920_000 + 10 * i + j, f, { cellMarks: { kind: 'footnote-glued', cells: 1 } })))
    const results = await readVariants(variants)
    const wrong = missesOf(results, '错')
    expect(wrong).toEqual([])
    const silent = missesOf(results, '缺(无说明)')
    expect(silent).toEqual([])
  }, 300_000)
})
