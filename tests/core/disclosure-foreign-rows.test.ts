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

// A table printing each row's cells before its label (pdftotext of a LibreOffice PDF, generator rules
// valueFirst / splitRound): a foreign row's cells stand between the template row's label and its own.
// Before: the numbers after the foreign label were dropped first, so the template row before it took
// the foreign row's cells (规范性文件 43 50 57 for 58 58 380) and the next row lost its own.
describe('section 二, a row beyond the template where cells stand before labels', () => {
  const HEAD = ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量']
  it('cells before labels: the template rows take the numbers before their labels, the foreign row its own', () => {
    const got = parseActiveDisclosure(lines(...HEAD, 0, 0, 0, '规章', ...HEAD, 58, 58, 380, '规范性文件', 43, 50, 57, '其他规范性文件', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', 916, '增115', 167794, '行政许可'))
    expect(got.table.rules).toEqual({ newlyMade: 0, newlyPublished: 0, publishedTotal: 0 })
    expect(got.table.normativeDocs).toEqual({ newlyMade: 58, newlyPublished: 58, publishedTotal: 380 })
    expect(got.notes.map((n) => n.message)).toEqual(expect.arrayContaining([expect.stringContaining('「其他规范性文件」行（43、50、57）')]))
  })

  it('cells split round the labels (增/减 after the label): the rows are left unread with a note, no foreign cell taken', () => {
    const got = parseActiveDisclosure(
      lines(...HEAD, 0, 0, 0, '规章', 58, 58, 380, '规范性文件', 43, 50, 57, '其他规范性文件', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', 916, 167794, '行政许可', '增115', 43, 57, '非行政许可审批', 50, 790, 842631, '其他对外管理服务事项', '增12'),
    )
    // Before: 916 167794 were dropped as 其他规范性文件's, and 行政许可 read 115 / 43 / 57 (true 916 / 115 / 167794).
    expect(got.table.licensing).toEqual({ lastYearItems: null, change: null, decisions: null })
    expect(got.table.normativeDocs).toEqual({ newlyMade: 58, newlyPublished: 58, publishedTotal: 380 })
    expect(got.table.otherServices).toEqual({ lastYearItems: null, change: null, decisions: null })
    expect(got.notes.some((n) => n.field === 'activeDisclosure.licensing')).toBe(true)
  })
})

// Crawled text run together (variant format crawled-run, Chinese-numeral cells): a row's count in
// numerals glued to its label, then a row beyond the template (or one not recognised) with digits.
// Before: the numeral was passed over as words and the row took the next row's digits (行政许可 71).
describe('section 二 run together: a numeral cell, then another row in digits', () => {
  it('a foreign row after a numeral cell keeps its own number; the numeral, bounded by the two labels, is the row’s', () => {
    const got = parseActiveDisclosure(['信息内容处理决定数行政许可九十七非行政许可审批71', '信息内容处理决定数行政处罚十二行政检查5', '信息内容处理决定数行政强制三行政裁决8'].join('\n'))
    expect(got.table.licensing).toEqual({ decisions: 97 })
    expect(got.table.penalties).toEqual({ decisions: 12 })
    expect(got.table.enforcement).toEqual({ decisions: 3 })
    const messages = got.notes.map((n) => n.message)
    expect(messages).toEqual(expect.arrayContaining([expect.stringContaining('「非行政许可审批」行（71）'), expect.stringContaining('「行政检查」行（5）'), expect.stringContaining('「行政裁决」行（8）')]))
  })

  it('three cells, a numeral among digits, then a foreign row: the row is left unread, the foreign row keeps its cells', () => {
    const got = parseActiveDisclosure('信息内容上一年项目数量本年增/减处理决定数量行政强制126增26二十九行政裁决404754')
    expect(got.table.enforcement).toEqual({ lastYearItems: null, change: null, decisions: null })
    expect(got.notes.some((n) => n.field === 'activeDisclosure.enforcement' && n.message.includes('二十九'))).toBe(true)
    expect(got.notes.some((n) => n.message.includes('「行政裁决」行'))).toBe(true)
  })

  it('a row the reader does not know after a numeral cell: its digits are not the numeral row’s', () => {
    const got = parseActiveDisclosure(['信息内容处理决定数行政许可九十七其他审批事项71', '信息内容处理决定数行政处罚12'].join('\n'))
    expect(got.table.licensing).toEqual({ decisions: null })
    expect(got.table.penalties).toEqual({ decisions: 12 })
    expect(got.notes.some((n) => n.field === 'activeDisclosure.licensing' && n.message.includes('九十七'))).toBe(true)
  })

  it('digits still read: 「行政许可97非行政许可审批71」', () => {
    const got = parseActiveDisclosure('信息内容处理决定数行政许可97非行政许可审批71\n信息内容处理决定数行政处罚十二\n信息内容处理决定数行政强制3')
    expect(got.table.licensing).toEqual({ decisions: 97 })
    expect(got.table.enforcement).toEqual({ decisions: 3 })
  })
})
