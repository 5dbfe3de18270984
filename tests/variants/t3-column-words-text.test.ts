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
import { loadModels } from './generator/model'
import type { Format } from './generator/formats'
import { COLUMN_WORD_RULES } from './generator/t3-grid-headings'
import { readMovedReworded } from './t3-moved-reworded-check'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const FORMATS: Format[] = ['markdown', 'text-layout', 'text-plain']

describe.skipIf(!existsSync(corpus))('table 三 in markdown and text shapes: other words for the applicant columns', () => {
  it('never a wrong or unnoted cell; markdown reads them all', async () => {
    const results = await readMovedReworded('t3 column words, text shapes', loadModels(corpus).slice(0, 2), FORMATS, COLUMN_WORD_RULES, 3_720_001)
    // A pipe table's leaves name every column (the words are known, 其他企业 placed by the others): all read.
    const md = results.filter((r) => r.variant.choices.format === 'markdown')
    expect(md.length).toBeGreaterThan(0)
    expect(md.flatMap((r) => r.score.misses.filter((m) => m.includes('requests')))).toEqual([])
  }, 1_800_000)
})
