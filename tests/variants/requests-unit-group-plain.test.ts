// Table 三 in plain text (a cell a line) with a two-level header whose group heading is in other words
// than 法人或其他组织 (「申请人情况 / 单位 / 自然人 / 总计 / 商业企业 / … / 其他」, a real county report's shape;
// 「自然人 / 单位 / 总计 / …」 in the template's order). Every leaf heading is recognised, so the lines' order
// was read as the columns' (自然人, 总计, the five): with the zeros printed blank the rows' sums had nothing to
// check and cells were read WRONG (1,184 wrong cells in these variants before requests-unit-group-line.ts).
// Now the group's line places the five; 自然人 after it in a PDF's stream order proves nothing: refused, noted.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readMovedReworded } from './t3-moved-reworded-check'
import { loadModels } from './generator/model'
import type { T3MovedRewordedRule } from './generator/t3-moved-reworded'
import { GROUP_WORDS } from './generator/t3-grid-headings'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const ORGS_FIRST = [1, 2, 3, 4, 5, 0, 6]
const TEMPLATE = [0, 1, 2, 3, 4, 5, 6]

describe.skipIf(!existsSync(corpus))('table 三 in plain text: a two-level header whose group heading has other words', () => {
  it('never a wrong or unnoted cell; the template order read', async () => {
    const models = loadModels(corpus)
    const rules: T3MovedRewordedRule[] = [...GROUP_WORDS, '法人'].flatMap((group) => [
      { printed: ORGS_FIRST, reworded: [0, '自然人'] as [number, string], twoLevel: true, group },
      { printed: TEMPLATE, reworded: [0, '自然人'] as [number, string], twoLevel: true, group },
    ])
    const blank = { thousands: false, fullWidth: false, zero: 'blank' as const }
    // Never a wrong table-三 cell nor one unread without a note (t3-moved-reworded-check.ts).
    const results = await readMovedReworded('t3 group words, plain text', models, ['text-plain'], rules, 3_810_001, { seedOf: (i, _j, k) => 3_810_001 + 100 * i + k, numbersOf: (i) => (i % 2 ? blank : undefined) })
    // The template's order (自然人 / 单位 / 总计 / the five): its received row is read in many reports (blank zeros dropped leave the rest unread, noted).
    const template = results.filter((r) => r.variant.tags.some((t) => t.startsWith('t3:moved-reworded:0123456')))
    const receivedRead = template.filter((r) => !r.score.misses.some((m) => m.includes('requests.received[')))
    expect(receivedRead.length).toBeGreaterThan(template.length * 0.3)
    console.log(`t3 group words, plain text: template order received read ${receivedRead.length}/${template.length}`)
  }, 1_800_000)
})
