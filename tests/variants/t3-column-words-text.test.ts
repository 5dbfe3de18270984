// Table 三 in markdown and text shapes (pipe rows; pdftotext -layout; plain text a cell per line) whose
// header words the applicant columns otherwise (hostile review hr36 F3, F5, F6): a group heading 单位 /
// 组织 over the five printed first, 群众 / 市民 for 自然人, 公司 moved last, 高等院校 and 企业 swapped, 企业
// beside 其他企业. Grid formats were mended in session 36; these shapes still read the template's order
// (markdown 66–80 wrong cells a report, -layout 20–44, no note). Now: the pipe table's leaves decide
// (requests-grid-leaves.ts), the text path knows the same words (request-column-words.ts), 其他企业 counts
// as 其他 only where the other words place every column, and a cell-per-line header with an unknown line
// is read only where its headings stand on their lines (requests-heading-per-line.ts).
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { missesOf, readVariants } from './suite'
import { loadModels } from './generator/model'
import { makeVariant } from './generator/variant'
import type { Format } from './generator/formats'
import { COLUMN_WORD_RULES } from './generator/t3-grid-headings'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const FORMATS: Format[] = ['markdown', 'text-layout', 'text-plain']

describe.skipIf(!existsSync(corpus))('table 三 in markdown and text shapes: other words for the applicant columns', () => {
  it('never a wrong or unnoted cell; markdown reads them all', async () => {
    const models = loadModels(corpus).slice(0, 2)
    const variants = models.flatMap((m, i) =>
      FORMATS.flatMap((f, j) =>
        COLUMN_WORD_RULES.map((rule, k) => makeVariant(m, 3_720_001 + 1000 * i + 100 * j + k, f, { table3: { header: 'flat', prose: false, merged: true }, table3MovedReworded: rule })),
      ),
    )
    const applied = variants.filter((v) => v.tags.includes('t3:moved-reworded'))
    expect(applied.length).toBeGreaterThan(variants.length * 0.6)
    const results = await readVariants(applied)
    const tag = (id: string): string => results.find((r) => id.startsWith(r.variant.id))?.variant.tags.find((t) => t.startsWith('t3:moved-reworded:')) ?? ''
    expect(missesOf(results, '错 requests').map((m) => `${m} ${tag(m)}`)).toEqual([])
    expect(missesOf(results, '缺(无说明) requests')).toEqual([])
    // A pipe table's leaves name every column (the words are known, 其他企业 placed by the others): all read.
    const md = results.filter((r) => r.variant.choices.format === 'markdown')
    expect(md.length).toBeGreaterThan(0)
    expect(md.flatMap((r) => r.score.misses.filter((m) => m.includes('requests')))).toEqual([])
    const right = results.reduce((a, r) => a + r.score.right, 0)
    const unread = results.reduce((a, r) => a + r.score.unread, 0)
    console.log(`t3 column words, text shapes: ${results.length} variants, right ${right} / unread ${unread}`)
  }, 1_800_000)
})
