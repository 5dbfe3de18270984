// Table 三 printed as two tables one after the other, the second with the remaining columns up to 总计
// (generator rule t3-side-split.ts, issue 10). Every gold model in HTML and DOCX, the split after 2–6
// data columns, the header flat or two-level, 「（续上表）」, 「续表」 or nothing between the parts.
// Where the second part repeats the row labels, the labels prove the join: every cell must read as the
// same variant reads unsplit. Where it prints row numbers instead, nothing proves the join: 0 wrong,
// and every unread cell has its note.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, type VariantResult, missesOf } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant, type Variant } from './generator/variant'
import { splitSideways, type SideSplitRule } from './generator/t3-side-split'
import type { IRCell } from './generator/ir'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const BETWEEN: SideSplitRule['between'][] = ['（续上表）', '续表', 'nothing']

describe('t3-side-split rule', () => {
  it('prints the label columns in both parts, the data columns split, a spanning heading over its columns in each', () => {
    const n = (text: string): IRCell => ({ text, num: true })
    const rows: IRCell[][] = [
      [{ text: '', rowSpan: 2 }, { text: '自然人', rowSpan: 2 }, { text: '法人或其他组织', colSpan: 5 }, { text: '总计', rowSpan: 2 }],
      ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((text) => ({ text })),
      [{ text: '一、本年新收政府信息公开申请数量' }, ...['1', '2', '3', '4', '5', '6', '21'].map(n)],
    ]
    const texts = (rs: IRCell[][]): string[][] => rs.map((r) => r.map((c) => `${c.text}${c.colSpan ? `/${c.colSpan}` : ''}${c.rowSpan ? `^${c.rowSpan}` : ''}`))
    const [a, b] = splitSideways(rows, { after: 3, repeat: 'labels', between: '续表' })!
    expect(texts(a)).toEqual([['^2', '自然人^2', '法人或其他组织/2'], ['商业企业', '科研机构'], ['一、本年新收政府信息公开申请数量', '1', '2', '3']])
    expect(texts(b)).toEqual([['^2', '法人或其他组织/3', '总计^2'], ['社会公益组织', '法律服务机构', '其他'], ['一、本年新收政府信息公开申请数量', '4', '5', '6', '21']])
    const [, c] = splitSideways(rows, { after: 6, repeat: 'numbers', between: 'nothing' })!
    expect(texts(c)).toEqual([['序号', '总计'], ['1', '21']])
  })
})

function sideSplitVariants(repeat: SideSplitRule['repeat'], seedBase: number): { plain: Variant[]; split: Variant[] } {
  const models = loadModels(corpus)
  const plain: Variant[] = []
  const split: Variant[] = []
  models.forEach((m, i) =>
    (['html', 'docx'] as const).forEach((format, j) => {
      const seed = seedBase + 10 * i + j
      const drawn = drawChoices(seed, format, m.template)
      const k = 2 * i + j
      const fixed = {
        pages: { ...drawn.pages, style: 'none' as const },
        table3: { ...drawn.table3, header: k % 2 ? ('flat' as const) : ('template' as const), subtotal: false, subtotalRows: false, organisationsFirst: false },
      }
      const rule: SideSplitRule = { after: 2 + (i % 5), repeat, between: BETWEEN[k % 3]! }
      const v = makeVariant(m, seed, format, { ...fixed, table3SideSplit: rule })
      if (!v.tags.includes(`t3:side-split-${repeat}`)) return
      split.push(v)
      plain.push(makeVariant(m, seed, format, fixed))
    }),
  )
  return { plain, split }
}

const sum = (rs: VariantResult[], k: 'right' | 'wrong' | 'unread' | 'silent'): number => rs.reduce((n, r) => n + r.score[k], 0)
const requestMisses = (rs: VariantResult[], kind: string): string[] => rs.flatMap((r) => r.score.misses.filter((m) => m.startsWith(kind) && m.includes('requests')).map((m) => `${r.variant.id}: ${m}`))

describe.skipIf(!existsSync(corpus))('table 三 split sideways into two tables (HTML and DOCX)', () => {
  it('with the row labels repeated: read as unsplit, never a wrong number', async () => {
    const { plain, split } = sideSplitVariants('labels', 890_000)
    expect(split.length).toBeGreaterThan(60)
    const [without, withSplit] = [await readVariants(plain), await readVariants(split)]
    const t3 = (rs: VariantResult[]): number => rs.reduce((n, r) => n + requestMisses([r], '缺').length, 0)
    console.log(`t3:side-split-labels: ${withSplit.length} variants, ${sum(withSplit, 'right')} cells right (unsplit ${sum(without, 'right')}), table 三 cells unread ${t3(withSplit)} (unsplit ${t3(without)}), wrong ${sum(withSplit, 'wrong')} (unsplit ${sum(without, 'wrong')})`)
    expect(requestMisses(withSplit, '错')).toEqual([])
    expect(requestMisses(withSplit, '缺(无说明)')).toEqual([])
    // A wrong cell outside table 三 is one the unsplit variant reads too (not the split's doing).
    const wrongs = (r: VariantResult): string[] => r.score.misses.filter((m) => m.startsWith('错'))
    expect(withSplit.flatMap((r, i) => wrongs(r).filter((m) => !wrongs(without[i]!).includes(m)))).toEqual([])
    const lost = withSplit.filter((r, i) => r.score.right < without[i]!.score.right).map((r) => `${r.variant.id} ${JSON.stringify(r.variant.choices.table3SideSplit)}: ${r.score.misses.slice(0, 2).join('; ')}`)
    if (lost.length) console.log(`t3:side-split-labels: fewer cells read in\n  ${lost.join('\n  ')}`)
    expect(lost).toEqual([])
  }, 600_000)

  it('with row numbers in place of the labels: never a wrong number, a note for each cell left unread', async () => {
    const { split } = sideSplitVariants('numbers', 895_000)
    expect(split.length).toBeGreaterThan(60)
    const results = await readVariants(split)
    expect(missesOf(results, '错')).toEqual([])
    expect(sum(results, 'silent')).toBe(0)
    console.log(`t3:side-split-numbers: ${results.length} variants, ${sum(results, 'right')} cells right, ${requestMisses(results, '缺').length} table 三 cells unread`)
  }, 600_000)
})
