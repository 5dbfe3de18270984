// Rule title-dates (generator/title-dates.ts; hostile review hr34 W1, O1): the title line carries the
// publication date (「（2024年1月20日）某市人民政府2023年度…」, 「…年度报告（2024年1月）」) and no 统计期限
// sentence. The date's year is never the report's year: every model, rotating text formats and HTML,
// the year read right or left null with a note on it, never another year.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadModels } from './generator/model'
import { makeVariant } from './generator/variant'
import { type Format } from './generator/formats'
import { TITLE_DATE_RULES, type TitleDateRule } from './generator/title-dates'
import { renderVariant } from './render/index'
import { readFile } from '../../src-main/readers/index'
import { extractReport } from '../../shared/extract/index'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const FORMATS: Format[] = ['html', 'text-layout', 'text-plain', 'markdown', 'crawled-lines', 'crawled-run', 'text-grouped', 'text-tab']

interface Read { id: string; want: number; got: number | null; noted: boolean; agency: string; gotAgency: string | null }

async function years(rule: TitleDateRule, base: number): Promise<Read[]> {
  const models = loadModels(corpus)
  const dir = mkdtempSync(join(tmpdir(), 'desk-titledate-'))
  const out: Read[] = []
  try {
    for (const [i, m] of models.entries()) {
      const v = makeVariant(m, base + i, FORMATS[i % FORMATS.length]!, { titleDate: rule })
      expect(v.tags).toContain(`title-date:${rule}`)
      const file = await renderVariant(v)
      const path = join(dir, file.name)
      writeFileSync(path, file.bytes)
      const read = await readFile(path)
      if (!read.ok) throw new Error(`${v.id}: ${read.error.message}`)
      const ex = extractReport(read.document)
      out.push({ id: v.id, want: m.year, got: ex.report.year, noted: ex.notes.some((n) => n.field === 'year'), agency: m.agency, gotAgency: ex.report.agency })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return out
}

describe.skipIf(!existsSync(corpus))('a publication date in the title line (every model, rotating formats)', () => {
  for (const [k, rule] of TITLE_DATE_RULES.entries()) {
    it(`${rule}: the date's year is never the report's year`, async () => {
      const got = await years(rule, 2_310_001 + 100_000 * k)
      expect(got.filter((g) => g.got !== null && g.got !== g.want)).toEqual([])
      expect(got.filter((g) => g.got === null && !g.noted)).toEqual([])
      // The title's 「2023年度」 (date-before) or the body's 「2023年，…」 (date-after) gives the year.
      expect(got.filter((g) => g.got === g.want).length).toBeGreaterThanOrEqual(Math.ceil(got.length * 0.9))
      // The body is the title's, never the office the preamble names as its compiler (hr38 F1).
      if (rule === 'no-year-office') expect(got.filter((g) => g.gotAgency !== g.agency).map((g) => `${g.id}: ${g.gotAgency}`)).toEqual([])
    }, 900_000)
  }
})
