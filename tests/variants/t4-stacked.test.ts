// Table 四 as ONE table whose two blocks stand one above the other (generator rule 'stacked' in
// table4.ts, review rv25 H11/S01: a spreadsheet printed by Calc, an HTML table saved as DOCX): the
// 行政复议 block's five numbers, the other five columns blank, above the 行政诉讼 block's heading and
// ten. Before review-stacked.ts the upper row (five blanks of the header's row, five numbers, five
// blanks) was read as the row of fifteen: 行政复议's numbers given to 未经复议直接起诉, without a note.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { applyRemarksColumn, remarksColumnRuleTags, withRemarksBlanks } from './generator/remarks-column'
import type { Format } from './generator/formats'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const SHAPES = ['stacked-review-first', 'stacked-litigation-first'] as const
const FORMATS: Format[] = ['html', 'docx', 'markdown', 'text-tab', 'text-layout', 'text-plain']

describe.skipIf(!existsSync(corpus))('table 四 printed as two blocks stacked in one table', () => {
  it('never a wrong number, a note for each table 四 left unread, and every cell read from html and docx (zeros printed)', async () => {
    const models = loadModels(corpus).filter((m) => m.review)
    const variants = models.flatMap((m, i) =>
      FORMATS.flatMap((format, f) => SHAPES.map((table4, j) => makeVariant(m, 890_000 + 100 * i + 10 * f + j, format, { table4, table4TotalAmongData: false, table4CountUnits: false, table4Order: undefined, table4BrokenRow: false }))),
    )
    const applied = variants.filter((v) => v.tags.some((t) => t.startsWith('t4:stacked')))
    expect(applied.length).toBeGreaterThan(30)
    const results = await readVariants(applied)
    const wrong = missesOf(results, '错')
    expect(wrong).toEqual([])
    const silent = results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('缺(无说明)') && m.includes('reviewLitigation')).map((m) => `${r.variant.id}: ${m}`))
    expect(silent).toEqual([])
    // Where the source keeps the table's cells (html, docx), every group is read by the headings above it
    // (not where zeros are printed blank: a blank cell among a block's numbers is not told from the other
    // block's blank columns, and the table is left unread with a note).
    // A group whose own 总计 fails in the report (real/huaian-hongze_2023) may be left unread too.
    const holds = (row: readonly (number | null)[] | null | undefined): boolean => !!row && row.every((v) => v !== null) && row[0]! + row[1]! + row[2]! + row[3]! === row[4]
    const unreadCells = results
      .filter((r) => ['html', 'docx'].includes(r.variant.choices.format) && !r.variant.tags.includes('zero:blank'))
      .flatMap((r) => r.score.misses.filter((m) => /reviewLitigation\.(\w+)\[/.test(m) && holds(r.variant.model.review?.[m.match(/reviewLitigation\.(\w+)\[/)![1] as 'review'])).map((m) => `${r.variant.id}: ${m}`))
    expect(unreadCells).toEqual([])
    for (const format of FORMATS) {
      const of = results.filter((r) => r.variant.choices.format === format)
      console.log(`t4:stacked ${format}: ${of.length} variants, ${of.reduce((n, r) => n + r.score.right, 0)} cells right, ${of.reduce((n, r) => n + r.score.unread, 0)} unread`)
    }
  }, 600_000)
})

// Drawn at random (p 0.04) the rule met the others, and the fresh-clone CI of session 25 found wrong
// cells: beside Chinese-numeral cells the lower row, led by a numeral the flattener keeps as a word (it
// may be a 序号), was no row to the reader, and the upper row with its blank columns was read as the row
// of fifteen (numeral-cells.test.ts, yunxi-gov_2024 markdown 1001061: 行政复议's 8 2 12 as
// 未经复议直接起诉's); beside a 备注 column a blank cell among the lower row's numbers was dropped with the
// other block's blank columns and the remark took the last place (remarks-column.test.ts, pingtan 2019
// html 880306: a blank read 0). Both now unread with the note (review-stacked.ts).
describe.skipIf(!existsSync(corpus))('table 四 stacked beside the other rules', () => {
  const wrongOf = (results: Awaited<ReturnType<typeof readVariants>>): string[] => results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('错') || (m.startsWith('缺(无说明)') && m.includes('reviewLitigation'))).map((m) => `${r.variant.id}: ${m}`))
  const remarked = (m: ReturnType<typeof loadModels>[number], seed: number, format: Format) => {
    const v = makeVariant(withRemarksBlanks(m, seed), seed, format, { table4: seed % 2 ? 'stacked-litigation-first' : 'stacked-review-first' })
    return { ...v, id: `${v.id}+remarks`, doc: applyRemarksColumn(v.doc, seed), tags: [...v.tags, ...remarksColumnRuleTags()] }
  }
  const numeral = (m: ReturnType<typeof loadModels>[number], seed: number, format: Format) => {
    const c = drawChoices(seed, format, m.template)
    return makeVariant(m, seed, format, { numbers: { ...c.numbers, groupSpace: undefined, thousands: false, cnNumerals: true }, table4: seed % 2 ? 'stacked-litigation-first' : 'stacked-review-first' })
  }

  it('is drawn at random in the formats that keep a table\'s cells', () => {
    const drawn = Array.from({ length: 400 }, (_, k) => drawChoices(1 + k, 'html', '2021').table4).filter((t) => t.startsWith('stacked'))
    expect(drawn.length).toBeGreaterThan(5)
    expect(Array.from({ length: 400 }, (_, k) => drawChoices(1 + k, 'text-plain', '2021').table4).some((t) => t.startsWith('stacked'))).toBe(false)
  })

  it('the two variants the CI failed read no wrong cell and leave none empty without a note', async () => {
    const models = loadModels(corpus)
    const gov = models.find((m) => m.id === 'synthetic/yunxi-gov_2024')!
    const pingtan = models.find((m) => m.id === 'real/pingtan-gov_2019')!
    const results = await readVariants([numeral(gov, 1_001_061, 'markdown'), remarked(pingtan, 880_306, 'html')])
    expect(results.every((r) => r.variant.tags.some((t) => t.startsWith('t4:stacked')))).toBe(true)
    expect(wrongOf(results)).toEqual([])
  }, 120_000)

  it('with a 备注 column, or counts in Chinese numerals: no wrong cell in any model (html, markdown, docx)', async () => {
    const models = loadModels(corpus).filter((m) => m.review)
    const formats: Format[] = ['html', 'markdown', 'docx']
    const variants = models.flatMap((m, i) => formats.flatMap((f, j) => [remarked(m, 930_000 + 100 * i + 10 * j, f), numeral(m, 930_001 + 100 * i + 10 * j, f)]))
    const results = await readVariants(variants)
    expect(results.length).toBeGreaterThan(150)
    expect(wrongOf(results)).toEqual([])
  }, 600_000)
})
