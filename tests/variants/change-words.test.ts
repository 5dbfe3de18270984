// 「持平」 printed for a no-change 本年增/减 cell of table 二 (2019 template; generator rule table2.ts chiping,
// review 12 R12-15). The word is the cell: its number is null with a note, and no neighbour is cut to fill
// its place. Before: 「行政事业性收费 43 持平」 read 4 | 3 in layout text, and 43 | (null, no note) in HTML/DOCX.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { FORMATS } from './generator/formats'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

describe.skipIf(!existsSync(corpus))('「持平」 cells in table 二 read back (2019 models, every format but PDF)', () => {
  it('never a wrong number, and every 持平 cell noted', async () => {
    const models = loadModels(corpus).filter((m) => m.template === '2019' && m.disclosure.some(([, f]) => f.some(([x, v]) => x === 'change' && v === 0)))
    const formats = FORMATS.filter((f) => f !== 'pdf')
    const variants = models.flatMap((m, i) =>
      formats.map((f, j) => {
        const seed = 960001 + 1000 * i + 10 * j
        return makeVariant(m, seed, f, { table2: { ...drawChoices(seed, f, m.template).table2, chiping: true } })
      }),
    )
    const results = await readVariants(variants)
    expect(models.length).toBeGreaterThan(0)
    expect(results.every((r) => r.variant.tags.includes('t2:chiping'))).toBe(true)
    const wrong = missesOf(results, '错 activeDisclosure')
    const silent = missesOf(results, '缺(无说明) activeDisclosure')
    console.log(`t2:chiping: ${results.length} variants (${models.length} models); wrong ${wrong.length}, silent ${silent.length}`)
    expect(wrong).toEqual([])
    expect(silent).toEqual([])
  }, 600_000)
})
