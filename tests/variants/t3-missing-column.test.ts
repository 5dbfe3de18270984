// Table 三 with six data columns (no 其他, or no 总计) under a flat header naming them, labels merged
// (generator rule t3-missing-column.ts; review hr34 W3). In a Markdown pipe table the merged labels'
// empty filler cells were read as a blank data cell: every number one column right, or 总计 read as 其他
// (171 wrong cells in 6 files). Never a wrong number, every unread cell noted.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf, tallyOf } from './suite'
import { loadModels } from './generator/model'
import { missingColumnVariants } from './generator/t3-missing-column'
import { renderTextShape } from './render/text'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

describe.skipIf(!existsSync(corpus))('table 三 missing a column, labels merged (t3:missing-column)', () => {
  it('never a wrong number, every unread cell noted', async () => {
    const variants = missingColumnVariants(loadModels(corpus), ['markdown', 'html', 'text-tab'])
    // The rule printed what it says: a pipe row of six numbers after the label's empty filler cells.
    const md = variants.find((v) => v.choices.format === 'markdown' && v.tags.includes('t3:missing-column-other'))!
    const text = renderTextShape(md.doc, 'markdown', md.choices.labels.wrap)
    expect(text).toMatch(/\|\s*自然人\s*\|\s*商业企业\s*\|\s*科研机构\s*\|\s*社会公益组织\s*\|\s*法律服务机构\s*\|\s*总计\s*\|/)
    expect(text).toMatch(/\|[^|\n]*本年新收[^|\n]*\|\s*\|\s*\|(?:[^|\n]*\|){6}\s*\n/)
    const results = await readVariants(variants)
    const wrong = missesOf(results, '错')
    expect(wrong).toEqual([])
    const silent = missesOf(results, '缺(无说明)')
    expect(silent).toEqual([])
    const { right, cells } = tallyOf(results)
    console.log(`t3:missing-column: ${results.length} variants, ${right}/${cells} cells read`)
  }, 600_000)
})
