// A word standing as a cell between (or before) a row's numbers in table 二 text without cell
// bounds (review 11 R11-2/R11-3: 「规章 0 无 36」, 「行政规范性文件 七十 9 21」). Before, the row had
// fewer numbers than cells and one was cut in two to fill it (36 → 3 | 6; 9 21 → 9 | 2 | 1).
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'

const table = (rules: string, normative: string): string =>
  ['第二十条第（一）项', '信息内容 本年制发件数 本年废止件数 现行有效件数', `规章 ${rules}`, `行政规范性文件 ${normative}`, '第二十条第（五）项', '信息内容 本年处理决定数量', '行政许可 120'].join('\n')

describe('table 二: a word as a cell among the numbers', () => {
  it('leaves the row empty with a note, never cuts a number', () => {
    const r = parseActiveDisclosure(table('0 无 36', '七十 9 21'))
    expect(r.table.rules).toEqual({ issued: null, repealed: null, inForce: null })
    expect(r.table.normativeDocs).toEqual({ issued: null, repealed: null, inForce: null })
    expect(r.notes.some((n) => n.field === 'activeDisclosure.rules' && n.message.includes('「无」'))).toBe(true)
    expect(r.notes.some((n) => n.field === 'activeDisclosure.normativeDocs' && n.message.includes('「七十」'))).toBe(true)
  })
  it('reads rows whose cells are all numbers', () => {
    const r = parseActiveDisclosure(table('1 0 36', '70 9 21'))
    expect(r.table.rules).toEqual({ issued: 1, repealed: 0, inForce: 36 })
    expect(r.table.normativeDocs).toEqual({ issued: 70, repealed: 9, inForce: 21 })
  })
})

// Review 12 R12-15: 「持平」 in the last cell (本年增/减, 2019 template). Before: 「行政事业性收费 43 持平」 read
// 4 | 3 in layout text, and 43 | null with no note where cells are bounded.
describe('table 二: a word in the last cell (持平)', () => {
  const fees = (row: string): string => ['第二十条第（八）项', '信息内容 上一年项目数量 本年增/减', row, '第二十条第（九）项', '信息内容 采购项目数量 采购总金额', '政府集中采购 12 300.5'].join('\n')
  for (const [shape, row] of [['spaced', '行政事业性收费      43      持平'], ['tab cells', '行政事业性收费\t43\t持平\t'], ['glued', '行政事业性收费43持平'], ['unit', '行政事业性收费\t43件\t持平']]) {
    it(`${shape}: the number is its own cell, the word's cell null with a note`, () => {
      const r = parseActiveDisclosure(fees(row!))
      expect(r.table.fees).toEqual({ lastYearItems: 43, change: null })
      expect(r.notes.some((n) => n.field === 'activeDisclosure.fees' && n.message.includes('「持平」'))).toBe(true)
    })
  }
})
