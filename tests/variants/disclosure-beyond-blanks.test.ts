// Generator rule t2:blank-after-beyond (disclosure-beyond-blanks.ts), forced: text-grouped section 二
// with rows beyond the template after 行政许可 and after 行政强制, the zeros of the template row right
// after each printed blank, every model whose such row has a zero, in the three table shapes. The
// labels 「行政裁决 / 信息内容 … / 行政事业性收费」 then stand before the beyond-row's number alone: no
// template row may take it (sweep.ts 972002 read 68 for the fee before session 37's lead-cells rule;
// the label run's sharing now counts the beyond-row as a row, disclosure-row-order.ts).
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { SHAPES2 } from './generator/table2'
import { rowsAfterBeyond } from './generator/disclosure-beyond-blanks'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
// Sets of beyond-rows, so that the groups of three labels fall differently (the first is seed 972002's).
const FOREIGN: [string, string][][] = [
  [['rules', '部门规章'], ['licensing', '非行政许可审批'], ['enforcement', '行政裁决']],
  [['licensing', '非行政许可审批'], ['enforcement', '行政裁决']],
  [['rules', '部门规章'], ['enforcement', '行政给付']],
  [['normativeDocs', '其他规范性文件'], ['enforcement', '行政裁决']],
]

describe.skipIf(!existsSync(corpus))('a row beyond the template, the row after it blank where zero (text-grouped)', () => {
  it('never a wrong number, and every unread cell noted', async () => {
    const wordings = FOREIGN.map((foreign) => ({ rows: {}, heads: {}, spacedRows: false, foreign }))
    const bites = (m: ReturnType<typeof loadModels>[number], w: (typeof wordings)[number]): boolean => {
      const after = rowsAfterBeyond(m.disclosure.filter(([, f]) => f.length > 0).map(([k]) => k), w)
      return m.disclosure.some(([k, f]) => after.has(k) && f.some(([, v]) => v === 0))
    }
    const models = loadModels(corpus)
    const variants = models.flatMap((m, i) =>
      wordings.flatMap((wording, w) =>
        !bites(m, wording)
          ? []
          : SHAPES2.map((shape, j) => {
              const seed = 973001 + 100 * i + 10 * w + j
              const drawn = drawChoices(seed, 'text-grouped', m.template)
              return makeVariant(m, seed, 'text-grouped', { table2: { ...drawn.table2, shape, wording, blanksAfterBeyond: true } })
            }),
      ),
    )
    const results = await readVariants(variants)
    expect(variants.length).toBeGreaterThan(30)
    expect(results.every((r) => r.variant.tags.includes('t2:blank-after-beyond'))).toBe(true)
    const wrong = missesOf(results, '错 activeDisclosure')
    const silent = missesOf(results, '缺(无说明) activeDisclosure')
    console.log(`t2:blank-after-beyond: ${results.length} variants; wrong ${wrong.length}, silent ${silent.length}`)
    expect(wrong).toEqual([])
    expect(silent).toEqual([])
  }, 600_000)
})
