// Rule family last-year (generator/last-year.ts; review 10 R10-7, R10-8, R10-11), forced over every
// model in rotating formats: last year's table 三 after this year's under a caption naming it (or before
// it, with this year's captioned), table 四 with a 年度 column and last year's row, the date under the
// title. Last year's numbers satisfy every identity of the table, so only captions and labels tell
// them apart: never a wrong cell, every unread cell noted; the date read right or left null with a note.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf, tallyOf } from './suite'
import { loadModels } from './generator/model'
import { makeVariant, type Variant } from './generator/variant'
import { FORMATS, type Format } from './generator/formats'
import { signedOn, type LastYearRule } from './generator/last-year'
import { canPrintPdf, renderVariant } from './render/index'
import { readFile } from '../../src-main/readers/index'
import { extractReport } from '../../shared/extract/index'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const TEXT_FORMATS = FORMATS.filter((f) => f !== 'pdf')

/** Every model, three formats each (rotating), and a few PDFs. */
function forced(rule: LastYearRule, base: number): Variant[] {
  const models = loadModels(corpus).filter((m) => rule !== 't4-rows' || m.review)
  const out = models.flatMap((m, i) => [0, 1, 2].map((k) => {
    const f = TEXT_FORMATS[(3 * i + k) % TEXT_FORMATS.length]!
    // Table 四's one-data-row shapes (the others have no row to add a year to).
    const shape = rule === 't4-rows' ? { table4: (['two-level', 'one-line', 'wrapped'] as const)[(i + k) % 3]! } : {}
    return makeVariant(m, base + 1000 * i + k, f, { lastYear: rule, ...shape })
  }))
  if (canPrintPdf) for (let k = 0; k < 3; k++) out.push(makeVariant(models[(k * 11) % models.length]!, base + 900_000 + k, 'pdf' as Format, { lastYear: rule, ...(rule === 't4-rows' ? { table4: 'two-level' as const } : {}) }))
  return out
}

const rate = (results: Awaited<ReturnType<typeof readVariants>>, formats: string[]): number => {
  const t = tallyOf(results, formats)
  return Math.round((1000 * t.right) / t.cells) / 10
}

async function tableRule(rule: LastYearRule, base: number, table: string): Promise<Record<string, number>> {
  const variants = forced(rule, base)
  expect(variants.filter((v) => v.tags.includes(`last-year:${rule}`)).length).toBeGreaterThan(90)
  const results = await readVariants(variants)
  // The rule's table (other tables' rules are held by the suite and the sweep).
  const wrong = missesOf(results, `错 ${table}`)
  const silent = missesOf(results, `缺(无说明) ${table}`)
  expect(wrong).toEqual([])
  expect(silent).toEqual([])
  const rates = { tables: rate(results, ['html', 'docx', 'pdf', 'markdown', 'text-layout']), text: rate(results, ['text-plain', 'text-grouped', 'crawled-lines', 'crawled-run']) }
  console.log(`last-year:${rule}: ${results.length} variants; cells read %`, rates)
  return rates
}

describe.skipIf(!existsSync(corpus))('last year beside this year (every model, rotating formats)', () => {
  it("last year's table 三 after this year's, captioned: this year's read, never last year's", async () => {
    const rates = await tableRule('t3-after', 1_310_001, 'requests')
    expect(rates.tables).toBeGreaterThan(95)
  }, 900_000)

  it("last year's table 三 before this year's, both captioned", async () => {
    const rates = await tableRule('t3-before', 1_410_001, 'requests')
    expect(rates.tables).toBeGreaterThan(95)
  }, 900_000)

  it("table 四 with a 年度 column and last year's row: the report year's row", async () => {
    const rates = await tableRule('t4-rows', 1_510_001, 'reviewLitigation')
    expect(rates.tables).toBeGreaterThan(95)
  }, 900_000)

  it("section 二 with another period's row beside each row (「行政许可（上年）」「规章（累计）」): never its numbers", async () => {
    // Hostile review rv27: a row whose label names another period was read as this year's, no note.
    const rates = await tableRule('t2-rows', 1_710_001, 'activeDisclosure')
    expect(rates.tables).toBeGreaterThan(80)
  }, 900_000)

  it('the date under the title: read, or null with a note, never another date', async () => {
    const variants = forced('date-under-title', 1_610_001)
    const dir = mkdtempSync(join(tmpdir(), 'desk-lastyear-'))
    const got: { format: string; right: boolean; id: string; date: string | null; noted: boolean }[] = []
    try {
      for (const v of variants) {
        const file = await renderVariant(v)
        const path = join(dir, file.name)
        writeFileSync(path, file.bytes)
        const read = await readFile(path)
        if (!read.ok) throw new Error(read.error.message)
        const ex = extractReport(read.document)
        const date = ex.report.publishedOn
        got.push({ format: v.choices.format, right: date === signedOn(v.model), id: v.id, date, noted: ex.notes.some((n) => n.field === 'publishedOn') })
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    expect(got.filter((g) => g.date !== null && !g.right).map((g) => `${g.id}: ${g.date}`)).toEqual([])
    expect(got.filter((g) => g.date === null && !g.noted).map((g) => g.id)).toEqual([])
    const byFormat = Object.fromEntries([...new Set(got.map((g) => g.format))].map((f) => [f, `${got.filter((g) => g.format === f && g.right).length}/${got.filter((g) => g.format === f).length}`]))
    console.log('last-year:date-under-title: dates read', byFormat)
    // Where lines are kept apart, the line under the title is the date's own.
    for (const g of got.filter((x) => x.format !== 'crawled-run')) expect(g.right, g.id).toBe(true)
  }, 900_000)
})
