// A remarks column (备注) beside a report table: its 「无」「—」「/」 are words, never a 0 cell of the row.
// Before, in a row that also had a blank cell, the remark was counted as a cell and the row shifted one
// column (hostile review rv20a: table 三's 结转 row 「·|2|·|2|·|·|4|无」 read [2,∅,2,∅,∅,4,∅], a row of seven
// blank cells read 总计 0, table 四's fifteen cells one column off, section 二's blank 行政强制 took the
// next table's fee and the fee read 0 from the remark). The cells under the heading are left out by their
// grid column, in the positioned formats (PDF) and the others (DOCX, HTML) alike.
import { describe, expect, it } from 'vitest'
import { withoutRemarksCells } from '../../shared/extract/remarks-columns'
import { extractReport } from '../../shared/extract/index'
import { REQUEST_COLUMN_LABELS, REQUEST_ROW_GROUP, REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { SourceDocument, TableCell } from '../../shared/model/document'
import { KEYS, ROWS } from './requests-fixture'

const c = (text: string, colSpan?: number, rowSpan?: number): TableCell => ({ text, ...(colSpan ? { colSpan } : {}), ...(rowSpan ? { rowSpan } : {}) })
const texts = (rows: TableCell[][]): string[][] => rows.map((r) => r.map((x) => x.text))
const doc = (format: 'pdf' | 'docx', heading: string, ...tables: TableCell[][][]): SourceDocument => ({
  fileName: `t.${format}`,
  format,
  blocks: [
    { kind: 'paragraph', text: '某县某局2023年政府信息公开工作年度报告', loc: { block: 0 } },
    { kind: 'paragraph', text: heading, loc: { block: 1 } },
    ...tables.map((rows, i) => ({ kind: 'table' as const, rows, loc: { block: 2 + i } })),
  ],
})

describe('withoutRemarksCells', () => {
  it('leaves out the cells under 备注 (the heading kept), whatever they hold', () => {
    const rows = [[c('项目'), c('自然人'), c('总计'), c('备注')], [c('a'), c(''), c('4'), c('无')], [c('b'), c('1'), c('1'), c('含网上申请1件')], [c('c'), c(''), c(''), c('—')]]
    expect(texts(withoutRemarksCells(rows).rows)).toEqual([['项目', '自然人', '总计', '备注'], ['a', '', '4'], ['b', '1', '1'], ['c', '', '']])
  })
  it('does not end at a row of Latin-O zeros (「O」 printed for 0, no digit): a data row, not a header again', () => {
    // rmk21 (备注 variant yunxi-bailuzhen_2021 html seed 881206): the area ended at 「上年结转 | O | … | 无」,
    // and the blank row below it read its remark 「—」 as 总计 0.
    const rows = [[c('项目'), c('自然人'), c('总计'), c('备注')], [c('a'), c('9'), c('9'), c('无')], [c('b'), c('O'), c('O'), c('无')], [c('c'), c(''), c(''), c('—')]]
    expect(texts(withoutRemarksCells(rows).rows)).toEqual([['项目', '自然人', '总计', '备注'], ['a', '9', '9'], ['b', 'O', 'O'], ['c', '', '']])
  })
  it('ends at a row heading the columns again, and starts again under its own 备注', () => {
    const rows = [
      [c('信息内容'), c('本年处理决定数量'), c('备注')],
      [c('行政处罚'), c('182'), c('无')],
      [c('信息内容'), c('本年收费金额'), c('附注')],
      [c('行政事业性收费'), c('1024'), c('/')],
      [c('信息内容'), c('本年处理决定数量'), c('合计')],
      [c('行政许可'), c('5'), c('5')],
    ]
    expect(texts(withoutRemarksCells(rows).rows)).toEqual([['信息内容', '本年处理决定数量', '备注'], ['行政处罚', '182'], ['信息内容', '本年收费金额', '附注'], ['行政事业性收费', '1024'], ['信息内容', '本年处理决定数量', '合计'], ['行政许可', '5', '5']])
  })
  it('runs under the header\'s lower rows (a converter\'s flat grid: 备注 over the first header row only)', () => {
    const rows = [[c('项目'), c('申请人情况'), c(''), c('备注')], [c(''), c('自然人'), c('总计'), c('')], [c('一、本年新收'), c(''), c(''), c('/')], [c('二、上年结转'), c('3'), c('3'), c('无')]]
    expect(texts(withoutRemarksCells(rows).rows)).toEqual([['项目', '申请人情况', '', '备注'], ['', '自然人', '总计'], ['一、本年新收', '', ''], ['二、上年结转', '3', '3']])
  })
  it('hands its columns on to the table continuing it after a page break (no header of its own, same width)', () => {
    const first = withoutRemarksCells([[c('项目'), c('自然人'), c('总计'), c('备注')], [c('a'), c('1'), c('1'), c('无')]])
    const next = [[c('（六）其他处理'), c(''), c(''), c('')], [c('b'), c(''), c('2'), c('—')]]
    expect(texts(withoutRemarksCells(next, first.carry).rows)).toEqual([['（六）其他处理', '', ''], ['b', '', '2']])
    const headed = [[c('项目'), c('自然人'), c('总计'), c('合计')], [c('b'), c('1'), c('2'), c('3')]]
    expect(withoutRemarksCells(headed, first.carry).rows).toBe(headed)
    const wider = [[c('b'), c('1'), c('2'), c('3'), c('4')]]
    expect(withoutRemarksCells(wider, first.carry).rows).toBe(wider)
  })
  it('keeps a table without such a heading, and a 说明 heading over the first column (the labels)', () => {
    const plain = [[c('项目'), c('数量')], [c('a'), c('无')]]
    expect(withoutRemarksCells(plain).rows).toBe(plain)
    const labels = [[c('说明'), c('数量')], [c('a'), c('5')]]
    expect(withoutRemarksCells(labels).rows).toBe(labels)
  })
})

/** Table 三 with a 备注 column; `print` sets a row's printed cells (null: blank) and its remark. */
function table3(print: Partial<Record<string, { cells: (number | null)[]; remark: string }>>): TableCell[][] {
  const header = [c('项目', 2), ...REQUEST_COLUMN_LABELS.map((l) => c(l)), c('备注')]
  const body = KEYS.map((k) => {
    const p = print[k]
    const cells = p ? p.cells : ROWS.get(k)!
    return [c(REQUEST_ROW_GROUP[k] ?? ''), c(REQUEST_ROW_LABELS[k]), ...cells.map((n) => c(n === null ? '' : String(n))), c(p ? p.remark : '')]
  })
  return [header, ...body]
}

describe.each(['pdf', 'docx'] as const)('a 备注 column holding 无/—// beside blank cells (%s)', (format) => {
  it('table 三: a row with a blank 自然人 keeps its columns, an all-blank row reads no 0', () => {
    // granted is [0, 1, 0, 0, 0, 0, 1] in the fixture; printed with its zeros blank, the remark 无.
    const rows = table3({ granted: { cells: [null, 1, null, null, null, null, 1], remark: '无' }, 'withheld.stateSecret': { cells: [null, null, null, null, null, null, null], remark: '—' }, 'withheld.prohibitedByLaw': { cells: ROWS.get('withheld.prohibitedByLaw')!, remark: '/' } })
    const got = extractReport(doc(format, '三、收到和处理政府信息公开申请情况', rows)).report.requests.rows as Record<string, (number | null)[]>
    expect(got.granted).toEqual([null, 1, null, null, null, null, 1])
    expect(got['withheld.stateSecret']).toEqual([null, null, null, null, null, null, null])
    expect(got['withheld.prohibitedByLaw']).toEqual(ROWS.get('withheld.prohibitedByLaw'))
    expect(got.received).toEqual(ROWS.get('received'))
  })

  it('table 四: one blank cell and the remark 无 leave the fifteen cells in their columns', () => {
    const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    const rows = [
      [c('行政复议', 5), c('行政诉讼', 10), c('备注', undefined, 3)],
      [...heads.map((h) => c(h, undefined, 2)), c('未经复议直接起诉', 5), c('复议后起诉', 5)],
      [...heads, ...heads].map((h) => c(h)),
      ['', '0', '1', '0', '1', '0', '0', '1', '2', '3', '2', '0', '1', '5', '8', '无'].map((t) => c(t)),
    ]
    const got = extractReport(doc(format, '四、政府信息公开行政复议、行政诉讼情况', rows)).report.reviewLitigation
    expect(got.review).toEqual([null, 0, 1, 0, 1])
    expect(got.litigationDirect).toEqual([0, 0, 1, 2, 3])
    expect(got.litigationAfterReview).toEqual([2, 0, 1, 5, 8])
  })
})

describe('section 二 with a 备注 column and a blank 行政强制 cell (PDF: the next caption drawn into that cell)', () => {
  it('takes neither the next table\'s fee nor the remark 无 for a number', () => {
    const t6 = [[c('信息内容'), c('本年处理决定数量'), c('备注')], [c('行政处罚'), c('182'), c('无')], [c('行政强制'), c('第二十条第（八）项'), c('无')]]
    const t8 = [[c('信息内容'), c('本年收费金额（单位：万元）'), c('备注')], [c('行政事业性收费'), c('1024'), c('无')]]
    const got = extractReport(doc('pdf', '二、主动公开政府信息情况', [[c('第二十条第（六）项')]], t6, t8)).report.activeDisclosure
    expect(got.penalties?.decisions).toBe(182)
    expect(got.enforcement?.decisions ?? null).toBeNull()
    expect(got.fees?.amountWanYuan).toBe(1024)
  })
})
