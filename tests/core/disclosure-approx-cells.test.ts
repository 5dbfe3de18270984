// Section 二 cells printed as approximate figures (review 10 R10-12): 「18万余」 was read as 18,
// 「3万多」 as 3, 「近36000」 and 「约80564」 as exact. Such a cell states no exact number: it is left
// empty with a note naming the row and quoting the cell, and the other cells of the table still read.
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'

const table2021 = (licensing: string, penalties: string, enforcement: string, fee: string, sep = '\t'): string =>
  [
    '第二十条第（一）项', ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'].join(sep), ['规章', 2, 1, 17].join(sep), ['行政规范性文件', 23, 4, 118].join(sep),
    '第二十条第（五）项', ['信息内容', '本年处理决定数量'].join(sep), ['行政许可', licensing].join(sep),
    '第二十条第（六）项', ['信息内容', '本年处理决定数量'].join(sep), ['行政处罚', penalties].join(sep), ['行政强制', enforcement].join(sep),
    '第二十条第（八）项', ['信息内容', '本年收费金额（单位：万元）'].join(sep), ['行政事业性收费', fee].join(sep),
  ].join('\n')

const read = (text: string) => {
  const got = parseActiveDisclosure(text)
  return { table: got.table, notes: got.notes.map((n) => n.message) }
}

describe('approximate figures in table 二 cells', () => {
  for (const sep of ['\t', ' ']) {
    it(`are not read, each with a note quoting the cell (cells separated by ${JSON.stringify(sep)})`, () => {
      const { table, notes } = read(table2021('18万余', '近36000', '907件左右', '约80564', sep))
      expect(table.licensing).toEqual({ decisions: null })
      expect(table.penalties).toEqual({ decisions: null })
      expect(table.enforcement).toEqual({ decisions: null })
      expect(table.fees).toEqual({ amountWanYuan: null })
      expect(notes).toContain('表二「行政许可」行「18万余」是约数，不是确切数字，未读取。')
      expect(notes).toContain('表二「行政处罚」行「近36000」是约数，不是确切数字，未读取。')
      expect(notes).toContain('表二「行政强制」行「907件左右」是约数，不是确切数字，未读取。')
      expect(notes).toContain('表二「行政事业性收费」行「约80564」是约数，不是确切数字，未读取。')
      // The exact rows still read.
      expect(table.rules).toEqual({ issued: 2, repealed: 1, inForce: 17 })
    })
  }

  it('leaves 3万多, 逾500, 超过500 and 500以上 empty too', () => {
    for (const cell of ['3万多', '逾500', '超过500', '500以上', '500余']) {
      const { table, notes } = read(table2021('1200', cell, '56', '12.5'))
      expect(table.penalties, cell).toEqual({ decisions: null })
      expect(notes.join(), cell).toContain(`「${cell}」是约数`)
      expect(table.licensing).toEqual({ decisions: 1200 })
      expect(table.fees).toEqual({ amountWanYuan: 12.5 })
    }
  })

  it('reads the same cells printed exactly', () => {
    const { table, notes } = read(table2021('182882', '36000', '907', '80564'))
    expect([table.licensing?.decisions, table.penalties?.decisions, table.enforcement?.decisions, table.fees?.amountWanYuan]).toEqual([182882, 36000, 907, 80564])
    expect(notes.filter((n) => n.includes('约数'))).toEqual([])
  })
})
