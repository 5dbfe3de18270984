// Table 三 as pdftotext -layout prints a two-level header whose group heading is in other
// words than 法人或其他组织 (单位, 组织 …), the organisations printed first (hostile review hr36 F6): the
// top line 「单位  自然人  总计」 named no column the reader takes for the group, so the header was read in
// the template's order (66–80 wrong cells a report, no note). Now the top line's three cells are the top
// level's three columns (requests-heading-places.ts groupInOtherWords): a heading in another cell than the
// assumed order puts it refuses table 三's cells with a note naming the group's words.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, it } from 'vitest'
import { loadModels } from './generator/model'
import type { Format } from './generator/formats'
import type { T3MovedRewordedRule } from './generator/t3-moved-reworded'
import { GROUP_WORDS } from './generator/t3-grid-headings'
import { readMovedReworded } from './t3-moved-reworded-check'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
// Plain text (a cell a line, 「申请人情况 / 单位 / 自然人 / 总计 / 商业企业 …」): requests-unit-group-plain.test.ts
// (requests-unit-group-line.ts, session 38).
const FORMATS: Format[] = ['text-layout']
const ORGS_FIRST = [1, 2, 3, 4, 5, 0, 6]
const TEMPLATE = [0, 1, 2, 3, 4, 5, 6]

describe.skipIf(!existsSync(corpus))('table 三 in text shapes: a two-level header whose group heading has other words', () => {
  it('never a wrong or unnoted cell, organisations first or in the template order', async () => {
    const rules: T3MovedRewordedRule[] = GROUP_WORDS.flatMap((group) => [
      { printed: ORGS_FIRST, reworded: [0, '自然人'] as [number, string], twoLevel: true, group },
      { printed: TEMPLATE, reworded: [0, '自然人'] as [number, string], twoLevel: true, group },
    ])
    await readMovedReworded('t3 group words, text shapes', loadModels(corpus).slice(0, 3), FORMATS, rules, 3_710_001)
  }, 1_800_000)
})
