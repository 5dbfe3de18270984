// Section 二's three-cell rows split round their label (generator rule table2.ts splitRound, review
// rv13): LibreOffice's PDF read by plain pdftotext prints 上一年项目数量 and 处理决定数量 before the
// row's label and 本年增/减 after it, so the numbers after a label are partly the next row's. Every
// 2019-template gold model in the plain text shape, in each table shape, zeros written or left blank.
// Before disclosure-lead-cells.ts, 行政处罚 took 减 N and 行政强制's two numbers (3 wrong cells per such
// table), and with 规章 blank its label took 规范性文件's three numbers.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { renderTextShape } from './render/text'
import { SHAPES2 } from './generator/table2'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const SPLIT_ROWS = ['licensing', 'otherServices', 'penalties', 'enforcement']

describe.skipIf(!existsSync(corpus))('table 二 rows split round their label (2019 models, plain pdftotext)', () => {
  it('never a wrong number, and a note for each row left unread', async () => {
    const models = loadModels(corpus).filter((m) => m.template === '2019')
    const variants = models.flatMap((m, i) =>
      SHAPES2.map((shape, j) => {
        const seed = 860_000 + 10 * i + j
        const drawn = drawChoices(seed, 'text-plain', m.template)
        // Zeros left blank in every other variant: a blank first or last row leaves no side proven.
        const numbers = j % 2 === 0 ? drawn.numbers : { ...drawn.numbers, zero: 'blank' as const, zeroSign: undefined }
        return makeVariant(m, seed, 'text-plain', { numbers, table2: { ...drawn.table2, shape, valueFirst: false, splitRound: true } })
      }),
    )
    // The rule prints what it says: a row's 增/减 cell right after its label.
    const one = variants[0]!
    const text = renderTextShape(one.doc, 'text-plain', one.choices.labels.wrap)
    expect(text).toMatch(/行政处罚\n[增减]?\d/)
    const results = await readVariants(variants)
    expect(results.length).toBeGreaterThan(10)
    const wrong = missesOf(results, '错')
    expect(wrong).toEqual([])
    const silent = results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('缺(无说明)') && m.includes('activeDisclosure')).map((m) => `${r.variant.id}: ${m}`))
    expect(silent).toEqual([])
    // The rows the rule moves are never read by label: each is unread with its note, or right.
    const unreadSplit = results.flatMap((r) => r.score.misses.filter((m) => SPLIT_ROWS.some((k) => m.includes(`activeDisclosure.${k}.`))))
    expect(unreadSplit.length).toBeGreaterThan(0)
    console.log(`t2:split-round: ${results.length} variants, ${results.reduce((n, r) => n + r.score.right, 0)} cells right, ${results.reduce((n, r) => n + r.score.unread, 0)} unread`)
  }, 600_000)
})
