// Table 三 printed organisations first in a PDF without ruling lines (generator rule t3:unruled-pdf with
// t3:organisations-first; hostile review rv26: HTML/Word tables without borders printed by Chromium and
// LibreOffice). Without rulings the header comes out as lines whose order cannot show where 自然人
// stands (a tall merged heading sits on a line of its own above the organisations in either order):
// the reader read every row's applicant columns in the template's order, 85–107 wrong cells a report,
// no note. The reader now places each heading over its number column (applicant-header.ts). The wide
// sweep: npx tsx tests/variants/sweep.ts --unruled --from 1 --to 4
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { renderHtmlDoc } from './render/html'
import { canPrintPdf } from './render/index'
import { withZeroPrinted, type UnruledZero } from './generator/t3-unruled'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

describe.skipIf(!existsSync(corpus))('t3:unruled-pdf rule', () => {
  it('prints table 三 without borders in a PDF only, and tags it', () => {
    const m = loadModels(corpus)[0]!
    const pdf = makeVariant(m, 5, 'pdf', { table3Unruled: true })
    expect(pdf.tags).toContain('t3:unruled-pdf')
    const html = renderHtmlDoc(pdf.doc, 'x', { print: true })
    // Table 三 unruled; section 二's and table 四's tables keep their rulings.
    expect(html.match(/<table border="0"/g)?.length).toBe(pdf.doc.filter((b) => b.kind === 'table' && b.part === 'requests').length)
    expect(html).toContain('<table border="1"')
    expect(makeVariant(m, 5, 'html', { table3Unruled: true }).tags).not.toContain('t3:unruled-pdf')
  })
})

describe.skipIf(!existsSync(corpus) || !canPrintPdf)('unruled PDFs with table 三 organisations first', () => {
  it('never a wrong cell, every unread cell noted', async () => {
    // Few PDFs (Chromium prints each in seconds); the sweep runs more.
    const models = loadModels(corpus)
    const variants = [0, 5, 11, 17, 23, 31].map((k, i) => {
      const m = models[k % models.length]!
      const seed = 260_000 + i
      const drawn = drawChoices(seed, 'pdf', m.template)
      // Not covered yet (open, see the session's report): a full-width number wraps in a narrow unruled
      // cell (「２９」 over 「０」) and is read wrong in either column order; zeros printed 「－」, 无, O or
      // blank can leave a column without a number to place its heading by (the header then stays as
      // printed, read in the template's order: session 27, the next test). Half-width digits and zeros as 0, — or / here.
      const zero = drawn.numbers.zero === '－' || drawn.numbers.zero === 'blank' ? '0' : drawn.numbers.zero
      const numbers = { ...drawn.numbers, fullWidth: false, fullWidthPoint: false, zero, zeroSign: undefined }
      return makeVariant(m, seed, 'pdf', { table3: { ...drawn.table3, organisationsFirst: true, subtotal: false }, table3Unruled: true, numbers })
    })
    const results = await readVariants(variants)
    expect(results.every((r) => r.variant.tags.includes('t3:unruled-pdf') && r.variant.tags.includes('t3:organisations-first'))).toBe(true)
    const misses = (p: string): string[] => results.flatMap((r) => r.score.misses.filter((x) => x.startsWith(p)).map((x) => `${r.variant.id}: ${x}`))
    expect(misses('错')).toEqual([])
    expect(misses('缺(无说明)')).toEqual([])
    // Not by refusing: most cells are read.
    expect(results.reduce((n, r) => n + r.score.right, 0)).toBeGreaterThan(0.8 * results.reduce((n, r) => n + r.score.right + r.score.unread, 0))
  }, 900_000)
})

describe.skipIf(!existsSync(corpus) || !canPrintPdf)('unruled PDFs with table 三 organisations first, zeros printed as a sign or blank', () => {
  it('never a wrong cell, every unread cell noted, the sign-zero tables read', async () => {
    // Session 27: a zero printed 「－」 (no cell to the reader then) or a column of zeros printed blank left
    // a column without a piece to place its heading by; the header stayed as printed and every row was
    // read in the template's order: 47, 13 and 15 wrong cells in the first three, 40 in the fourth (「—」,
    // a footer page number taken for an eighth column), no note. The sweep: sweep.ts --unruled --zero Z.
    const models = loadModels(corpus)
    const cases: [UnruledZero, number, number][] = [['－', 0, 270_000], ['－', 6, 270_006], ['－', 22, 270_022], ['—', 9, 270_109], ['blank', 3, 270_303], ['无', 5, 270_505], ['O', 7, 270_607]]
    const variants = cases.map(([zero, k, seed]) => {
      const m = models[k % models.length]!
      const drawn = drawChoices(seed, 'pdf', m.template)
      // Half-width digits: a full-width number wrapped in a narrow unruled cell is still open (see above).
      const numbers = withZeroPrinted({ ...drawn.numbers, fullWidth: false, fullWidthPoint: false }, zero)
      return makeVariant(m, seed, 'pdf', { table3: { ...drawn.table3, organisationsFirst: true, subtotal: false }, table3Unruled: true, numbers })
    })
    const results = await readVariants(variants)
    const misses = (p: string): string[] => results.flatMap((r) => r.score.misses.filter((x) => x.startsWith(p)).map((x) => `${r.variant.id}: ${x}`))
    expect(misses('错')).toEqual([])
    expect(misses('缺(无说明)')).toEqual([])
    // The sign-zero tables are read, not refused (a sign is a cell): most of their cells right.
    const signs = results.filter((r) => !r.variant.tags.includes('zero:blank'))
    expect(signs.reduce((n, r) => n + r.score.right, 0)).toBeGreaterThan(0.8 * signs.reduce((n, r) => n + r.score.right + r.score.unread, 0))
  }, 900_000)
})
