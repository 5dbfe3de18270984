// A 备注 column at the right of every table, 「无」「—」「/」 in the rows with a blank cell (generator rule
// remarks-column.ts; hostile review rv20a, issue 10: the remark was read as a 0 cell and the row shifted).
// Every gold model in every format the generator prints: no wrong cell, every unread cell noted.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf } from './suite'
import { loadModels } from './generator/model'
import { FORMATS } from './generator/formats'
import { makeVariant } from './generator/variant'
import { canPrintPdf } from './render/index'
import { applyRemarksColumn, remarksColumnRuleTags, withRemarksBlanks } from './generator/remarks-column'
import type { IRCell, IRDoc } from './generator/ir'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const texts = (doc: IRDoc): string[][][] => doc.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => `${c.text}${c.colSpan ? `/${c.colSpan}` : ''}${c.rowSpan ? `^${c.rowSpan}` : ''}`)) : []))
/** One model printed in one format with the 备注 column rule (blanks marked 无/—//), as every test below reads it. */
function remarksVariant(m: ReturnType<typeof loadModels>[number], seed: number, format: (typeof FORMATS)[number]) {
  const v = makeVariant(withRemarksBlanks(m, seed), seed, format)
  return { ...v, id: `${v.id}+remarks`, doc: applyRemarksColumn(v.doc, seed), tags: [...v.tags, ...remarksColumnRuleTags()] }
}

describe('remarks-column rule', () => {
  it('puts 备注 over the header rows, a remark after each data row (无/—// where a cell is blank), and widens a caption', () => {
    const n = (text: string): IRCell => ({ text, num: true })
    const doc: IRDoc = [
      { kind: 'table', rows: [[{ text: '第二十条第（六）项', colSpan: 2 }], [{ text: '信息内容' }, { text: '本年处理决定数量' }], [{ text: '行政处罚' }, n('9')], [{ text: '行政强制' }, n('')]] },
      { kind: 'para', text: '四、政府信息公开行政复议、行政诉讼情况' },
      { kind: 'table', rows: [[{ text: '行政复议', colSpan: 2 }], [{ text: '维持' }, { text: '总计' }], [n('1'), n('')]] },
    ]
    const out = texts(applyRemarksColumn(doc, 3)).filter((t) => t.length)
    expect(out[0]!.slice(0, 2)).toEqual([['第二十条第（六）项/3'], ['信息内容', '本年处理决定数量', '备注']])
    expect(['无', '—', '/']).toContain(out[0]![3]![2])
    expect(out[1]!.slice(0, 2)).toEqual([['行政复议/3'], ['维持', '总计', '备注']])
    expect(['无', '—', '/']).toContain(out[1]![2]![2])
  })
  it('blanks 自然人 in one table 三 row and a whole other row, one table 四 cell and one section 二 count (gold null)', () => {
    const models = loadModels(corpus)
    for (const m of models.slice(0, 5)) {
      const b = withRemarksBlanks(m, 1)
      expect(b.requests.filter(([, c]) => c.every((v) => v === null)).length).toBeGreaterThanOrEqual(1)
      expect(b.requests.filter(([, c]) => c[0] === null && c.some((v) => v !== null)).length + b.requests.filter(([, c]) => c.every((v) => v === null)).length).toBeGreaterThanOrEqual(2)
      if (b.review) expect([...b.review.review, ...b.review.litigationDirect, ...b.review.litigationAfterReview].filter((v) => v === null).length).toBeGreaterThanOrEqual(1)
    }
  })
})

// Measured on branch rmk20 (seeds 880000+, 41 models × 9 formats): DOCX reads every remark by position;
// HTML 2, Markdown 5 and PDF 21 wrong cells are left (a PDF table stitched across a page with another
// grid, rows whose blank cells the reader took for a shorter row). In the text shapes a lone dash or 无
// that could be the remark is taken out (remarks-text-lines.ts): wrong cells text-grouped 555 -> 26,
// text-layout 206 -> 26, text-plain 100 -> 42, crawled-lines 88 -> 34. Left: a row that prints nothing
// but its remark (every cell blank) takes a neighbour row's cells in the text readers (not mended yet).
// The bound keeps each format from getting worse; DOCX must stay at 0. A wrong cell is a defect: these
// bounds are the open work, not an accepted state.
// Measured again on the merged main (CI, c300ba2): text-layout 31 and pdf 55 after the section 二 changes of
// the same session (rows beyond the template, synonyms) were merged — known wrong cells, not mended yet (closing note).
// rmk21: a row given cells by position whose own label stands after them is placed only by the table's
// sums (requests-table.ts), and rows placed by counting alone are not proven where two of them, of any
// group, exchanged hold the sums as well (requests-proof.ts): text-plain 42 -> 0, crawled-lines 34 -> 0.
// Under a remarks heading, a numbered line of words (a row the reader has no label for, 「（三）不予公开
// 小计」) between a label and its cells, or amid a run of several rows, leaves the rows placed by count:
// text-layout 31 -> 4 (left: a page number after a row one cell short, yunxi-jyj_2021 seed 882300).
// rmk22p: a PDF table cut by a page is placed on the finer grid of its continuation, or column for column
// where the continuation has as many columns at other widths; remarks areas end at a header row with a
// remarks heading of its own, a row label never 'heads the columns again', and the remarks columns pass to
// a continuation of another grid width counted from the right: pdf 53 -> 0, markdown 5 -> 0.
// rmk22t: a page footer among table 四's 15 numbers, a number in section 二's 备注 place off the label's
// line, and labels of one small table before fewer numbers than their cells are left unread with a
// note: text-grouped 24 -> 0. Table 三: 小计 named in the header before the zone, a row failing its 小计
// with a dash, a dash glued to the next label under 备注 (crawled): markdown 5 -> 4, crawled-run 3 -> 0.
// Both merged (session 22): 0 wrong in every format; the ceiling is gone. Cells left unread without a
// note (text-plain 34, text-grouped 25, crawled-lines 44) are the open part, bounded below.
// sil22: rows of text that drops its blanks say why their empty cells are empty (requests-blank-cells.ts):
// 0 silent in every format; the bound is gone.
const OPEN_SILENT: Record<string, number> = {}

// sil22: text that drops its blank cells, zeros printed 「－」 and taken out as possible remarks: rows
// read by the sums (上年结转 「16 － － － － － 16」 as [16,∅,∅,∅,∅,∅,16]) kept their empty cells without a
// word (text-plain 34, text-grouped 25, crawled-lines 44 silent cells). Each such row now says why.
describe.skipIf(!existsSync(corpus))('rows of text that drops its blanks, under a 备注 column', () => {
  it('say why their cells are empty (the variants that had silent cells)', async () => {
    const models = loadModels(corpus)
    const cases: [string, (typeof FORMATS)[number]][] = [['synthetic/yunxi-gov_2022', 'text-grouped'], ['synthetic/yunxi-gov_2021', 'text-plain'], ['synthetic/yunxi-gov_2019', 'crawled-lines'], ['synthetic/yunxi-rsj_2022', 'text-plain']]
    const variants = cases.map(([id, f]) => {
      const i = models.findIndex((m) => m.id === id)
      const seed = 880_000 + 100 * i + FORMATS.indexOf(f)
      return remarksVariant(models[i]!, seed, f)
    })
    const results = await readVariants(variants)
    expect(results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('错') || m.startsWith('缺(无说明)')).map((m) => `${r.variant.id}: ${m}`))).toEqual([])
    // 上年结转's five empty cells are unread (scored 缺, never 错) and their note names them.
    expect(results[0]!.score.misses.filter((m) => m.includes('requests.carriedOver[')).length).toBe(5)
    expect(results[0]!.notes?.find((n) => n.field === 'requests.carriedOver')?.message).toContain('5 格未印数字')
  }, 120_000)
})

describe.skipIf(!existsSync(corpus))('tables with a 备注 column and blank cells read back (every model, every format)', () => {
  it('no format reads a wrong cell; the count per format is printed', async () => {
    const models = loadModels(corpus)
    const formats = FORMATS.filter((f) => f !== 'pdf' || canPrintPdf)
    const variants = models.flatMap((m, i) =>
      formats.map((f, j) => {
        const seed = 880_000 + 100 * i + j
        return remarksVariant(m, seed, f)
      }),
    )
    const results = await readVariants(variants)
    expect(results.length).toBe(models.length * formats.length)
    const per = (f: string, k: '错' | '缺(无说明)'): string[] => missesOf(results.filter((r) => r.variant.choices.format === f), k)
    const table = formats.map((f) => `${f} wrong ${per(f, '错').length} silent ${per(f, '缺(无说明)').length}`)
    console.log(`remarks-column: ${results.length} variants, ${results.reduce((n, r) => n + r.score.right, 0)} cells right\n  ${table.join('\n  ')}`)
    expect(per('docx', '错')).toEqual([])
    for (const f of formats) expect(per(f, '错'), f).toEqual([])
    for (const f of formats) expect(per(f, '缺(无说明)').length, f).toBeLessThanOrEqual(OPEN_SILENT[f] ?? 0)
  }, 1_200_000)
})

// w22a (issue 10, seeds 890000/900000/910000): section 二 under a 备注 column, a template row with only
// its remark (行政处罚 无) before the next small table: its label was taken as one of a run of labels
// printed before their numbers, and the next table's numbers shifted up (处罚 0, 强制 68 of 行政裁决).
describe.skipIf(!existsSync(corpus))('section 二 under a 备注 column at other seeds', () => {
  const read = async (cases: [string, (typeof FORMATS)[number], number][]) => {
    const models = loadModels(corpus)
    const variants = cases.map(([id, f, seed]) => {
      return remarksVariant(models.find((m) => m.id === id)!, seed, f)
    })
    const results = await readVariants(variants)
    return missesOf(results, '错')
  }
  it('a blank row of one small table takes no cells of the next (crawled-run)', async () => {
    expect(await read([['real/shanghai-szfbgt_2025', 'crawled-run', 890_805], ['synthetic/yunxi-bailuzhen_2022', 'crawled-run', 891_305]])).toEqual([])
  }, 120_000)
  // A row beyond the template after a remark (「行政强制无行政裁决68」) was glued into the row before.
  it('a row beyond the template after a remark word is a row of its own (crawled-run)', async () => {
    expect(await read([['synthetic/yunxi-rsj_2022', 'crawled-run', 902_605]])).toEqual([])
  }, 120_000)
  // 行政审批 glued to the 备注 heading (「决定数量备注行政审批716」) was no label: its number went to 行政处罚.
  it('a label glued to the 备注 heading is a label (crawled-run)', async () => {
    expect(await read([['synthetic/yunxi-zrzyj_2024', 'crawled-run', 893_705], ['synthetic/yunxi-zrzyj_2021', 'crawled-run', 913_405]])).toEqual([])
  }, 120_000)
  // 2019 layout, 部门规章 and 非行政许可审批 among the rows (enforcement read 141 | 14186 | 404754).
  it('a 2019 table with rows beyond the template (crawled-run)', async () => {
    expect(await read([['real/yueqing-gov_2020', 'crawled-run', 910_905]])).toEqual([])
  }, 120_000)
})

// w22b: at other seeds (890000 / 900000 / 910000) table 三 and 四 cells under a 备注 column read wrong or
// left empty without a word: a Markdown block holding table 三's last rows and table 四 (its own 备注) kept
// the 「—」 remark of 「7．属于行政执法案卷 |  | 0 …」 as a 0 cell (890403); table 四 printed down the page
// with zeros typed 「O」 after a two-cell label (「 | 结果纠正 | O | 已办结 |」) left them empty, no note (902103, 902503);
// a row short of a cell (自然人 blank) was cut to hold its sum: 「〇 〇 〇 〇 〇 １１」 read 0|0|0|0|0|1|1 (912001, 911804).
describe.skipIf(!existsSync(corpus))('tables with a 备注 column at other seeds (w22b)', () => {
  it('read no wrong cell and leave none empty without a note', async () => {
    const models = loadModels(corpus)
    const cases: [string, (typeof FORMATS)[number], number][] = [
      ['real/pingtan-gov_2020', 'markdown', 890_403],
      ['synthetic/yunxi-jyj_2019', 'markdown', 902_103],
      ['synthetic/yunxi-jyj_2023', 'markdown', 902_503],
      ['synthetic/yunxi-gov_2024', 'text-plain', 912_001],
      ['synthetic/yunxi-gov_2022', 'crawled-lines', 911_804],
    ]
    const variants = cases.map(([id, f, seed]) => {
      const m = models.find((x) => x.id === id)!
      return remarksVariant(m, seed, f)
    })
    const results = await readVariants(variants)
    expect(results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('错') || m.startsWith('缺(无说明)')).map((m) => `${r.variant.id}: ${m}`))).toEqual([])
  }, 120_000)
})

// w23 (issue 10, seeds 890000 / 900000 / 910000): cells read wrong under a 备注 column at other seed bases.
describe.skipIf(!existsSync(corpus))('tables with a 备注 column at other seeds (w23)', () => {
  const misses = async (cases: [string, (typeof FORMATS)[number], number][]) => {
    const models = loadModels(corpus)
    const results = await readVariants(cases.map(([id, f, seed]) => remarksVariant(models.find((m) => m.id === id)!, seed, f)))
    return results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('错') || m.startsWith('缺(无说明)')).map((m) => `${r.variant.id}: ${m}`))
  }
  // Labels grouped three rows at a time across section 二's small tables: 「行政强制 无 信息内容 采购金额（万元）
  // 备注 行政事业性收费 — 6」 — the 6 is 行政强制's, the fee blank; it was read as the fee (6, 8).
  it('a number after labels of two small tables is no row\'s when a row is blank (text-grouped)', async () => {
    expect(await misses([['synthetic/yunxi-rsj_2024', 'text-grouped', 892_802], ['synthetic/yunxi-zrzyj_2021', 'text-grouped', 913_402]])).toEqual([])
  }, 120_000)
  // A footnote mark raised after an amount with its unit, 「216.93万元²」, was laid before it: 「2 216.93万元」, fee 2.
  it.skipIf(!canPrintPdf)('a raised mark after 万元 is no amount (pdf)', async () => {
    expect(await misses([['synthetic/yunxi-jyj_2021', 'pdf', 902_308]])).toEqual([])
  }, 120_000)
  // Table 三 cut by a page onto a grid of another width: its remarks columns counted from the right did not
  // pass on where the continuation had a remark word (「已办结」 beside 结转's numbers: 「无正当理由…」's blank
  // 自然人 and its 「—」 read [0,0,0,0,0,2]), nor where every count carried its unit (「23件」: no count column,
  // 结转's 「/」 read 总计 0).
  it.skipIf(!canPrintPdf)('a continuation on another grid keeps its remarks out (pdf)', async () => {
    expect(await misses([['synthetic/yunxi-gov_2019', 'pdf', 901_508], ['synthetic/yunxi-jyj_2022', 'pdf', 902_408]])).toEqual([])
  }, 120_000)
  // Table 三's header ends a page; its 「备注」 (open over three rows) took the first data row's remark on the
  // next page as the rest of a cut label: 「备注已办结」, no remarks heading, 「无」 read as a 0 (securityStability 总计).
  it.skipIf(!canPrintPdf)('a header cell at a page break takes no word of the first data row (pdf)', async () => {
    expect(await misses([['synthetic/yunxi-zrzyj_2021', 'pdf', 903_408]])).toEqual([])
  }, 120_000)
  // Base 920000: table 三's last row alone before table 四 in one Markdown block, every cell blank but its
  // remark (「| 四、结转下年度继续办理 |  | … | 无 |」): no digit, so the carried remarks column was not applied; 无 read 总计 0.
  it('a continued row of blank cells with only its remark keeps the remark out (markdown)', async () => {
    expect(await misses([['synthetic/yunxi-bailuzhen_2021', 'markdown', 921_203]])).toEqual([])
  }, 120_000)
  // Base 920000: table 四's 备注 over a count column or one grid column left of the row's 「—」 (two-level header
  // on another grid than its data row): the 「—」 remark was read as 总计 and the row shifted (复议后起诉 1|_|3|0).
  it.skipIf(!canPrintPdf)('table 四 whose remarks column is off the data row\'s grid reads no shifted cell (pdf)', async () => {
    expect(await misses([['real/huaian-hongze_2024', 'pdf', 920_208], ['real/pingtan-gov_2022', 'pdf', 920_608]])).toEqual([])
  }, 120_000)
  // Base 930000: table 四's header glued 「备注尚未审结总计」 into one cell and a blank 尚未审结 of 复议后起诉 fell out
  // with its empty column: 「1 — — 2 /」 read 尚未审结 2 (the 总计's), 「/」 (the remark) as the 总计. A group whose
  // 总计 is a mark while its parts print counts is read nowhere.
  it.skipIf(!canPrintPdf)('table 四 whose 总计 place holds a remark mark reads no cell of that group (pdf)', async () => {
    expect(await misses([['synthetic/yunxi-gov_2024', 'pdf', 932_008]])).toEqual([])
  }, 120_000)
})

// rmk27 (sweep --remarks, seeds 1..30, crawled-run and text-grouped: 69 wrong cells in 22 variants on d1299f2).
describe.skipIf(!existsSync(corpus))('tables with a 备注 column at seeds 1..30 (rmk27)', () => {
  const misses = async (cases: [string, (typeof FORMATS)[number], number][]) => {
    const models = loadModels(corpus)
    const results = await readVariants(cases.map(([id, f, seed]) => remarksVariant(models.find((m) => m.id === id)!, seed, f)))
    return results.flatMap((r) => r.score.misses.filter((m) => m.startsWith('错') || m.startsWith('缺(无说明)')).map((m) => `${r.variant.id}: ${m}`))
  }
  // A row's digits run together with 自然人 blank (「10000112—」: blank, 1 0 0 0 0, 小计 1, 总计 12) cut one digit a
  // cell holds its sums by chance (1|0|0|0|0|1|1|2); so too table 四's 「21 0 0 3」 with its 总计 blank (2|1|0|0|3).
  it('run-together digits with a blank hiding a count are not cut to fit the sums (crawled-run)', async () => {
    expect(await misses([['synthetic/yunxi-gov_2024', 'crawled-run', 10], ['real/shanghai-kewei_2024', 'crawled-run', 18], ['real/pingtan-gov_2021', 'crawled-run', 21], ['real/yueqing-gov_2020', 'crawled-run', 6]])).toEqual([])
  }, 120_000)
  // Labels grouped three rows at a time: 「行政处罚 — 行政强制 / 信息内容 上一年项目数量 本年增/减 备注 29 / 28 / / /
  // 行政事业性收费 已办结」 — 29 and 28 are 行政处罚's, not the fee row's printed before its label (fees 29, 28).
  it('numbers after a small table\'s header are not its first row\'s where the row above has none (text-grouped)', async () => {
    expect(await misses([['synthetic/yunxi-bailuzhen_2019', 'text-grouped', 4], ['synthetic/yunxi-bailuzhen_2021', 'text-grouped', 24]])).toEqual([])
  }, 120_000)
})
