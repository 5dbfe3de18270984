// Where a remarks column's area starts and ends on a grid shared by several tables, and how it passes
// to a continuation laid out on another grid (issue 10, remarks-column variants: PDF pingtan-gov_2020
// seed 880408, yunxi-jyj_2019 seed 882108, yunxi-bailuzhen_2023 seed 881408; Markdown yunxi-gov_2023
// seed 881903, yunxi-scjgj_2022 seed 883003). Left in, the remark 「—」/「无」 of a row of blank cells was
// read as its 总计 0; an area run on too far took table 三's labels for remarks.
import { describe, expect, it } from 'vitest'
import { withoutRemarksCells } from '../../shared/extract/remarks-columns'
import type { TableCell } from '../../shared/model/document'

const c = (text: string, colSpan?: number, rowSpan?: number): TableCell => ({ text, ...(colSpan ? { colSpan } : {}), ...(rowSpan ? { rowSpan } : {}) })
const texts = (rows: TableCell[][]): string[][] => rows.map((r) => r.map((x) => x.text))

describe('remarks areas on a shared grid', () => {
  it('a row label where a table above had numbers does not end the area (a row of blank cells keeps its remark out)', () => {
    const rows = [
      [c('信息内容'), c('本年处理决定数量', 3), c('备注')],
      [c('行政许可'), c('5', 3), c('无')],
      [c('项目', 2), c('自然人'), c('总计'), c('备注')],
      [c('一、本年新收', 2), c('1'), c('1'), c('无')],
      [c('三、本年度办理结果', undefined, 2), c('（六）其他处理'), c(''), c(''), c('—')],
      [c('（七）总计'), c('1'), c('1'), c('无')],
    ]
    const out = texts(withoutRemarksCells(rows).rows)
    expect(out[4]).toEqual(['三、本年度办理结果', '（六）其他处理', '', ''])
    expect(out[5]).toEqual(['（七）总计', '1', '1'])
  })
  it('a header row with a remarks heading of its own ends the area above it (its one row blank)', () => {
    const rows = [
      [c('信息内容'), c('本年收费金额'), c('备注')],
      [c('行政事业性收费'), c(''), c('无')],
      [c(''), c(''), c(''), c('自然人'), c('总计'), c('备注')],
      [c('一、本年新收'), c(''), c(''), c('2'), c('2'), c('无')],
      [c(''), c('（三）不予公开'), c('1.属于国家秘密'), c('1'), c('1'), c('无')],
    ]
    const out = texts(withoutRemarksCells(rows).rows)
    expect(out[1]).toEqual(['行政事业性收费', ''])
    expect(out[4]).toEqual(['', '（三）不予公开', '1.属于国家秘密', '1', '1'])
  })
})

describe('remarks columns carried to a continuation of another grid width', () => {
  const first = withoutRemarksCells([
    [c('项目', 3), c('自然人'), c('总计'), c('备注')],
    [c('a', 3), c('1'), c('1'), c('无')],
  ])
  it('counted from the right edge: the remark of a row of blank cells is left out', () => {
    const next = [[c('四、结转下年度继续办理'), c(''), c(''), c('无')]]
    expect(texts(withoutRemarksCells(next, first.carry).rows)).toEqual([['四、结转下年度继续办理', '', '']])
    const narrower = [[c('b', 2), c(''), c('2'), c('—')]]
    expect(texts(withoutRemarksCells(narrower, first.carry).rows)).toEqual([['b', '', '2']])
  })
  it('not where a number stands in the remarks column or left of the counts, nor under words of its own', () => {
    const numbered = [[c('b'), c('1'), c('2'), c('3')]]
    expect(withoutRemarksCells(numbered, first.carry).rows).toBe(numbered)
    const wider = [[c('b'), c('1'), c('2'), c('3'), c('4')]]
    expect(withoutRemarksCells(wider, first.carry).rows).toBe(wider)
    const headed = [[c('b'), c(''), c(''), c('已办结')]]
    expect(withoutRemarksCells(headed, first.carry).rows).toBe(headed)
  })
})

// Base 920000 (PDF huaian-hongze_2024 seed 920208, pingtan-gov_2022 seed 920608): table 四's two-level
// header whose spans do not add up puts 备注 one or more grid columns left of the data row's 「—」. The
// blank count cell under the heading was dropped and the 「—」 read as 复议后起诉's 总计 0, the group shifted.
describe('a remarks heading left of the data row\'s remark cell', () => {
  const header = (n: number): TableCell[][] => [
    [c('行政复议', 2), c('行政诉讼', n - 2), c('备注', undefined, 2)],
    Array.from({ length: 6 }, (_, i) => c(`结果${i}`)),
  ]
  it('keeps the blank under the heading as a cell and drops the remark at the row\'s end', () => {
    // 备注 at grid column 4 over a row of seven cells: 1 | 1 | 2 | 1 | (blank) | 3 | —.
    const rows = [...header(4), [c('1'), c('1'), c('2'), c('1'), c(''), c('3'), c('—')]]
    expect(texts(withoutRemarksCells(rows).rows)[2]).toEqual(['1', '1', '2', '1', '', '3'])
  })
  it('an empty remark cell at the row\'s end is dropped, not the blank count cell under the heading', () => {
    const rows = [...header(4), [c('1'), c('1'), c('2'), c('1'), c(''), c('3'), c('')]]
    expect(texts(withoutRemarksCells(rows).rows)[2]).toEqual(['1', '1', '2', '1', '', '3'])
  })
  it('a remark under the heading itself is dropped as before', () => {
    const rows = [...header(4), [c('1'), c('1'), c('2'), c('1'), c('无')]]
    expect(texts(withoutRemarksCells(rows).rows)[2]).toEqual(['1', '1', '2', '1'])
  })
})
