// Table 三 in grid formats (HTML, Word) whose header prints a heading no list of the extractor holds
// (群众, 公司, 高等院校, invented words, 其他企业 naming two columns), or a group heading without 法人
// (单位, 组织), with the columns moved or not (hostile review hr36 F3, F5, F6; generator rule
// t3-moved-reworded.ts). Before requests-grid-leaves.ts, these were read in the template's order: 20–80
// wrong cells a file, no note. The order may be assumed only where every heading cell is recognised
// where the template puts it: now read by the grid's headings, or refused with a note.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadModels } from './generator/model'
import type { Format } from './generator/formats'
import type { T3MovedRewordedRule } from './generator/t3-moved-reworded'
import { GRID_UNKNOWN_WORDS, GROUP_WORDS } from './generator/t3-grid-headings'
import { readMovedReworded } from './t3-moved-reworded-check'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const FORMATS: Format[] = ['html', 'docx']
const ORGS_FIRST = [1, 2, 3, 4, 5, 0, 6]
const TEMPLATE = [0, 1, 2, 3, 4, 5, 6]

/** Unknown words, organisations first and 商业企业 last, flat and two-level; group headings; F5's 企业 + 其他企业. */
function rules(): T3MovedRewordedRule[] {
  const moved = GRID_UNKNOWN_WORDS.flatMap((w, i) => [
    { printed: ORGS_FIRST, reworded: w, twoLevel: i % 2 === 0 },
    { printed: [0, 2, 3, 4, 5, 1, 6], reworded: w, twoLevel: i % 2 === 1 },
  ])
  const groups = GROUP_WORDS.map((group) => ({ printed: ORGS_FIRST, reworded: [0, '自然人'] as [number, string], twoLevel: true, group }))
  const bothQiye: T3MovedRewordedRule = { printed: TEMPLATE, reworded: [1, '企业'], more: [[5, '其他企业']], twoLevel: false }
  return [...moved, ...groups, bothQiye, { ...bothQiye, twoLevel: true }]
}

describe.skipIf(!existsSync(corpus))('table 三: a heading not recognised, or a group heading without 法人, in grid formats', () => {
  it('never a wrong or unnoted cell; all-recognised headings read by the grid', async () => {
    const results = await readMovedReworded('t3 grid leaves', loadModels(corpus).slice(0, 2), FORMATS, rules(), 3_700_001)
    // A group heading over seven recognised headings: the grid places every column, nothing unread.
    const grouped = results.filter((r) => GROUP_WORDS.some((g) => r.variant.tags.some((t) => t.endsWith(`:${g}`))))
    expect(grouped.length).toBeGreaterThan(0)
    expect(grouped.flatMap((r) => r.score.misses.filter((m) => m.includes('requests')))).toEqual([])
  }, 1_800_000)
})
