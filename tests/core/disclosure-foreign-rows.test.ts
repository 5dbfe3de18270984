// Section 二 rows some provinces add (行政确认, 行政给付, 行政检查, 合计 …): their numbers are left out
// with a note naming them, and never cost or join the template row before them (review-s8 §11).
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'

const lines = (...xs: (string | number)[]): string => xs.join('\n')
const TOP = ['第二十条第（一）项', '信息内容 本年制发件数 本年废止件数 现行有效件数', '规章 2 1 17', '行政规范性文件 23 4 118']
const TAIL = ['第二十条第（八）项', '信息内容 本年收费金额（单位：万元）', '行政事业性收费 12.34']

describe('section 二, rows the template does not have', () => {
  it('an added row above 行政许可 costs neither 规范性文件 nor 行政许可', () => {
    const got = parseActiveDisclosure(lines(...TOP, '第二十条第（五）项', '信息内容 本年处理决定数量', '行政确认 45', '行政许可 3456', '行政给付 67', '第二十条第（六）项', '信息内容 本年处理决定数量', '行政处罚 789', '行政强制 56', ...TAIL))
    expect(got.table.normativeDocs).toEqual({ issued: 23, repealed: 4, inForce: 118 })
    expect(got.table.licensing).toEqual({ decisions: 3456 })
    expect(got.table.penalties).toEqual({ decisions: 789 })
    expect(got.notes.map((n) => n.message)).toEqual(expect.arrayContaining([expect.stringContaining('「行政确认」行（45）'), expect.stringContaining('「行政给付」行（67）')]))
  })

  it('a 合计 row after 行政强制 and a 行政检查 row after 行政处罚 are left out, the template rows read', () => {
    const got = parseActiveDisclosure(lines(...TOP, '第二十条第（五）项', '信息内容 本年处理决定数量', '行政许可 3456', '第二十条第（六）项', '信息内容 本年处理决定数量', '行政处罚 789', '行政检查 120', '行政强制 56', '合计 965', ...TAIL))
    expect(got.table.penalties).toEqual({ decisions: 789 })
    expect(got.table.enforcement).toEqual({ decisions: 56 })
    expect(got.table.fees).toEqual({ amountWanYuan: 12.34 })
    expect(got.notes.filter((n) => n.message.includes('模板之外')).length).toBe(2)
  })
})

describe('a row name inside another cell is no foreign row (review rv19b)', () => {
  for (const remark of ['罚没款合计45.6万元', '其中小计3件', '含行政检查12次']) {
    it(`「${remark}」 in a 备注 cell`, () => {
      const got = parseActiveDisclosure(['第二十条第（六）项', '| 信息内容 | 本年处理决定数量 | 备注 |', '|---|---|---|', `| 行政处罚 | 27 | ${remark} |`, '| 行政强制 | 9 | |'].join('\n'))
      expect(got.notes.some((n) => n.field === 'activeDisclosure' && n.message.includes('模板之外'))).toBe(false)
      expect(got.table.penalties).toEqual({ decisions: 27 })
    })
  }
})
