// Table 三 in a Writer PDF whose page break falls INSIDE a row, the row's merged group label running on
// to the next page (generator rule t3-row-cut-writer.ts, review hp35 O-hp1): 「（六）」「1.申请」 and the
// counts end one page, 「其他处理」 「人无正当理由逾期不补正、…」 open the next. Before
// pdf-layout/cut-row-rest.ts that rest read as the header of another table: every row from the cut on
// was left unread (35 cells of 200). Preamble lines (measured) put the break where each case means it;
// the test checks that it is there (the page's top line: the rests of two labels, no number) before it
// reads the file.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadModels } from './generator/model'
import { makeVariant } from './generator/variant'
import { applyRowCut } from './generator/t3-row-cut-writer'
import { para, type IRDoc } from './generator/ir'
import { canConvertOffice } from './render/office'
import { renderVariant } from './render/index'
import { cutRowPages, topLines } from './row-cut-pages'
import { missesOf, readVariants } from './suite'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

/**
 * Model, seed, preamble lines, and the first piece of a cut page's top line (measured with this
 * machine's LibreOffice: seed 950001 draws a narrow label column). Read before the mend: 53, 130 and
 * 130 of 200 cells (the rest unread with notes, none wrong); after: 200 each.
 */
const CASES: [string, number, number, string][] = [
  // （三）'s first row cut: 「（三）」 | 「1.属于」 … counts | page | 「不予公」「国家秘」…
  ['synthetic/yunxi-gov_2023', 950001, 13, '不予公'],
  // 三、's first rows cut (「理结果」「（区分处理的，…」), and （五）'s first row on the next page.
  ['synthetic/yunxi-gov_2023', 950001, 17, '理结果'],
  ['real/huaian-gov_2024', 950001, 16, '不予处'],
]

describe('t3-row-cut-writer: the rule', () => {
  it('prints table 三 as one table and puts the preamble lines before the first heading', () => {
    const doc: IRDoc = [
      para('某县人民政府2023年政府信息公开工作年度报告'),
      para('一、总体情况', true),
      { kind: 'table', part: 'requests', rows: [[{ text: '一、本年新收' }, { text: '1', num: true }]] },
      { kind: 'page', footer: '— 2 —', header: null },
      { kind: 'table', part: 'requests', rows: [[{ text: '（七）总计' }, { text: '1', num: true }]] },
      para('五、存在的主要问题及改进情况', true),
    ]
    const out = applyRowCut(doc, { lines: 3 })
    expect(out.map((b) => b.kind)).toEqual(['para', 'para', 'para', 'para', 'para', 'table', 'para'])
    expect(out.slice(1, 4).every((b) => b.kind === 'para' && !/\d/.test(b.text))).toBe(true)
    expect(out[5]).toMatchObject({ kind: 'table', rows: [[{ text: '一、本年新收' }, { text: '1' }], [{ text: '（七）总计' }, { text: '1' }]] })
    // A table split sideways (two parts of other widths) is left as it is.
    const side: IRDoc = [para('一、总体情况', true), { kind: 'table', part: 'requests', rows: [[{ text: 'a' }, { text: '1' }]] }, { kind: 'table', part: 'requests', rows: [[{ text: 'a' }, { text: '1' }, { text: '2' }]] }]
    expect(applyRowCut(side, { lines: 2 })).toBe(side)
  })
})

describe.skipIf(!existsSync(corpus) || !canConvertOffice)('table 三 cut inside a row by Writer\'s page break (writer-pdf)', () => {
  it.each(CASES)('%s seed %i, %i preamble lines: the cut opens a page with 「%s」…, and every cell of table 三 reads right', async (id, seed, lines, top) => {
    const m = loadModels(corpus).find((x) => x.id === id)!
    const v = makeVariant(m, seed, 'writer-pdf', { table3RowCut: { lines } })
    expect(v.tags).toContain('t3:row-cut-writer')
    const cuts = await cutRowPages((await renderVariant(v)).bytes)
    expect(cuts.map((c) => c.top[0])).toContain(top)
    const results = await readVariants([v])
    expect(missesOf(results, '错')).toEqual([])
    expect(results[0]!.score.misses.filter((x) => x.includes('requests'))).toEqual([])
  }, 300_000)
})

// The same rule, the break between table 四's groups (printed stacked: 行政复议 … 总计 over 行政诉讼 …):
// the next page opens with 「行政诉讼（未经复议直接起诉）」 over its five rows. Before, that label was
// taken for the rest of 「行政复议」 cut by the page (one label 「行政复议行政诉讼（…）」 over ten rows):
// table 四 unread (15 cells). A group closed by its 总计 row runs on no further (assemble.ts).
describe.skipIf(!existsSync(corpus) || !canConvertOffice)('table 四 stacked, Writer\'s page break between its groups (writer-pdf)', () => {
  it('reads every cell of table 四', async () => {
    const m = loadModels(corpus).find((x) => x.id === 'synthetic/yunxi-gov_2023')!
    const v = makeVariant(m, 950001, 'writer-pdf', { table3RowCut: { lines: 11 } })
    const tops = await topLines((await renderVariant(v)).bytes)
    // The page opens with 行政诉讼's label (its pieces as pdf.js gives them: 行政诉 讼 （ 未经 …) and its first row.
    expect(tops.some((t) => t.top.join('').startsWith('行政诉讼（未经复议直接起'))).toBe(true)
    const results = await readVariants([v])
    expect(missesOf(results, '错')).toEqual([])
    expect(results[0]!.score.misses.filter((x) => x.includes('reviewLitigation'))).toEqual([])
  }, 300_000)
})
