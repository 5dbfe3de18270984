// Footnote references after numbers (generator rule cell-refs.ts, review s6 §2 and §5 F2): every gold
// model printed with references forced into three plain numeric cells — 120[2], 120［2］, 120【2】,
// 120注2, 120（注2）, 120[^2] in every format (brackets only in run-together crawled text), a much
// smaller unraised mark in DOCX and PDF — must read back with no wrong cell, and the cells with a
// reference read (not lost with their row). Without cells.ts's footnote references the bracket and
// 注 forms lost their row (8 numbers in a row of 7); without the readers' size rule the small mark
// read 7891.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf } from './suite'
import { loadModels } from './generator/model'
import { makeVariant } from './generator/variant'
import { applyCellRefs, cellRefRuleTags, drawCellRefs, REF_STYLES, type RefStyle } from './generator/cell-refs'
import { FORMATS, type Format } from './generator/formats'
import type { IRDoc } from './generator/ir'
import { canPrintPdf } from './render/index'
import { renderHtmlDoc } from './render/html'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

describe('cell-refs rule', () => {
  const doc: IRDoc = [{ kind: 'table', rows: [[{ text: '行政处罚' }, { text: '789', num: true }, { text: '1,234', num: true }, { text: '—', num: true }]] }]

  it('puts the reference after a plain number only, as printed in each style', () => {
    const printed: Record<string, RegExp> = { bracket: /^789\[\d+\]$/, 'fw-bracket': /^789［\d+］$/, lenticular: /^789【\d+】$/, zhu: /^789注\d+$/, 'paren-zhu': /^789（注\d+）$/, 'md-caret': /^789\[\^\d+\]$/ }
    for (const style of REF_STYLES.filter((s) => s !== 'small-size')) {
      const out = applyCellRefs(doc, { style, cells: 3 }, 5)
      const row = out[0]!.kind === 'table' ? out[0]!.rows[0]! : []
      expect([style, row[1]!.text]).toEqual([style, expect.stringMatching(printed[style]!)])
      expect(row.slice(2).map((c) => c.text)).toEqual(['1,234', '—'])
    }
    const small = applyCellRefs(doc, { style: 'small-size', cells: 1 }, 5)
    expect(renderHtmlDoc(small, 't')).toMatch(/789<span style="font-size:58%">\d+<\/span>/)
    expect(cellRefRuleTags({ style: 'zhu', cells: 1 })).toEqual(['cell:footnote-ref', 'cell:footnote-ref:zhu'])
  })

  it('draws the small unraised mark only where a size is printed, and only brackets in run-together text', () => {
    const drawn = (f: Format): Set<RefStyle> => new Set(Array.from({ length: 3000 }, (_, s) => drawCellRefs(s, f)?.style).filter((x): x is RefStyle => !!x))
    expect(drawn('docx').has('small-size')).toBe(true)
    expect(drawn('html').has('small-size')).toBe(false)
    expect([...drawn('crawled-run')].every((s) => /bracket|lenticular/.test(s))).toBe(true)
  })
})

describe.skipIf(!existsSync(corpus))('footnote references read back (every model, every format)', () => {
  it('never a wrong cell, and the referenced cells read', async () => {
    const models = loadModels(corpus)
    const formats = FORMATS.filter((f) => f !== 'pdf')
    // The suite's own seeds (suite.ts buildVariants, first seed of each model and format): those
    // layouts read with 0 wrong without references, so any wrong cell here is the references'.
    const variants = models.flatMap((m, i) =>
      formats.map((f, j) => {
        const styles = REF_STYLES.filter((s) => (s === 'small-size' ? f === 'docx' : f !== 'crawled-run' || /bracket|lenticular/.test(s)))
        return makeVariant(m, 1000 * i + 100 * j + 1, f, { cellRefs: { style: styles[(i + j) % styles.length]!, cells: 3 } })
      }),
    )
    if (canPrintPdf) for (let k = 0; k < 2; k++) variants.push(makeVariant(models[(k * 7) % models.length]!, 500_000 + k, 'pdf', { cellRefs: { style: k === 0 ? 'small-size' : 'zhu', cells: 3 } }))
    const results = await readVariants(variants)
    expect(results.length).toBeGreaterThan(100)
    const wrong = missesOf(results, '错')
    expect(wrong).toEqual([])
    const silent = missesOf(results, '缺(无说明)')
    expect(silent).toEqual([])
    const cells = results.reduce((n, r) => n + r.score.right + r.score.unread + r.score.wrong, 0)
    const right = results.reduce((n, r) => n + r.score.right, 0)
    console.log(`cell:footnote-ref: ${results.length} variants, ${right}/${cells} cells right (${((100 * right) / cells).toFixed(1)} %)`)
    // 0.964 since session 24: a table-三 header printed a cell per line in a text with pages (pdftotext's
    // order) with 自然人 between 法人或其他组织 and the organisations is refused (tests/variants/UNREAD.md);
    // 0.954 since session 25: refused in every text file, with or without pages (same file).
    expect(right / cells).toBeGreaterThan(0.95)
  }, 600_000)
})
