// Section 二's units: a number is stored only in the model's unit (件, 万元). Fees printed in 元 (in the
// header or the cell) are converted to 万元; a count in 万件 becomes 件 where that is a whole number; a
// count with decimals is left empty with a note. Before this, 「（单位：元）」 123400 was stored as
// 123,400 万元 and 「0.3456万件」 as 0.3456 件, silently.
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'

const table2021 = (feeHeader: string, feeCell: string, licensing = '3456'): string =>
  [
    '第二十条第（一）项', '信息内容 本年制发件数 本年废止件数 现行有效件数', '规章 2 1 17', '行政规范性文件 23 4 118',
    '第二十条第（五）项', '信息内容 本年处理决定数量', `行政许可 ${licensing}`,
    '第二十条第（六）项', '信息内容 本年处理决定数量', '行政处罚 789', '行政强制 56',
    '第二十条第（八）项', `信息内容 ${feeHeader}`, `行政事业性收费 ${feeCell}`,
  ].join('\n')

const notesOf = (text: string): string[] => parseActiveDisclosure(text).notes.map((n) => n.message)

describe('section 二 units', () => {
  it('keeps the template unit as printed (万元 in the header)', () => {
    const got = parseActiveDisclosure(table2021('本年收费金额（单位：万元）', '12.34'))
    expect(got.table.fees).toEqual({ amountWanYuan: 12.34 })
    expect(notesOf(table2021('本年收费金额（单位：万元）', '12.34'))).toEqual([])
  })

  it('converts fees printed in 元 by the header to 万元, with a note', () => {
    const text = table2021('本年收费金额（单位：元）', '123400')
    expect(parseActiveDisclosure(text).table.fees).toEqual({ amountWanYuan: 12.34 })
    expect(notesOf(text).join()).toContain('123400 元，已折算为万元')
  })

  it('lets the cell\'s own 元 win over a 万元 header', () => {
    expect(parseActiveDisclosure(table2021('本年收费金额（单位：万元）', '123400元')).table.fees).toEqual({ amountWanYuan: 12.34 })
    expect(parseActiveDisclosure(table2021('本年收费金额（万元）', '12.34万元')).table.fees).toEqual({ amountWanYuan: 12.34 })
  })

  it('reads 0 元 as 0', () => {
    expect(parseActiveDisclosure(table2021('本年收费金额（单位：元）', '0')).table.fees).toEqual({ amountWanYuan: 0 })
  })

  it('turns a count in 万件 into 件 only when it is whole', () => {
    expect(parseActiveDisclosure(table2021('本年收费金额（万元）', '12.34', '0.3456万件')).table.licensing).toEqual({ decisions: 3456 })
    const odd = table2021('本年收费金额（万元）', '12.34', '0.34567万件')
    expect(parseActiveDisclosure(odd).table.licensing).toEqual({ decisions: null })
    expect(notesOf(odd).join()).toContain('折算后不是整数')
  })

  it('leaves a rounded count in 万件 null, with a note (「1.2万件」 is not a count)', () => {
    const rounded = table2021('本年收费金额（万元）', '12.34', '1.2万件')
    expect(parseActiveDisclosure(rounded).table.licensing).toEqual({ decisions: null })
    expect(notesOf(rounded).join()).toContain('印为 1.2万，是以“万”为单位的约数')
  })

  it('never stores a count with decimals', () => {
    const text = table2021('本年收费金额（万元）', '12.34', '34.5')
    expect(parseActiveDisclosure(text).table.licensing).toEqual({ decisions: null })
    expect(notesOf(text).join()).toContain('件数不应有小数')
  })

  it('converts fees in 亿元 and 千元 (cell or header) to 万元 (review-s8 §2: 0.001234亿元 was stored as 0.001234 万元)', () => {
    const yi = table2021('本年收费金额（单位：万元）', '0.001234亿元')
    expect(parseActiveDisclosure(yi).table.fees).toEqual({ amountWanYuan: 12.34 })
    expect(notesOf(yi).join()).toContain('0.001234 亿元，已折算为万元')
    expect(parseActiveDisclosure(table2021('本年收费金额（单位：亿元）', '0.001234')).table.fees).toEqual({ amountWanYuan: 12.34 })
    expect(parseActiveDisclosure(table2021('本年收费金额（单位：千元）', '123.4')).table.fees).toEqual({ amountWanYuan: 12.34 })
  })

  it('does not take a count row\'s unit from the fee header', () => {
    expect(parseActiveDisclosure(table2021('本年收费金额（单位：元）', '500')).table.penalties).toEqual({ decisions: 789 })
  })
})

describe('section 二, the 2019 template’s 本年增/减 written with arrows (review-s8 §6: 「↓12」 was read +12)', () => {
  it('reads ↓ and ▼ as a decrease, ↑ and ▲ as an increase', () => {
    const text = [
      '信息内容 上一年项目数量 本年增/减 处理决定数量',
      '行政许可 14 ↑115 1130',
      '其他对外管理服务事项 19 ↓12 3558',
      '行政处罚 39 ▼ 7 23',
      '行政强制 7 ▲3 4',
    ].join('\n')
    const got = parseActiveDisclosure(text).table
    expect(got.licensing).toEqual({ lastYearItems: 14, change: 115, decisions: 1130 })
    expect(got.otherServices).toEqual({ lastYearItems: 19, change: -12, decisions: 3558 })
    expect(got.penalties).toEqual({ lastYearItems: 39, change: -7, decisions: 23 })
    expect(got.enforcement).toEqual({ lastYearItems: 7, change: 3, decisions: 4 })
  })
})
