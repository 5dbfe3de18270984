// A centred page number under a section 二 row that is short or empty (review rv19b W4): the row is
// printed a row per line (or has no cell at all), so the number is not laid out as its cell, and it
// never completes the row — even where the section writes its zeros (before: 「行政事业性收费 4」 then
// the footer 「3」 read 4 | 3; 「行政强制」 with no cell took the footer 「2」 as its decisions).
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'

const pad = (n: number): string => ' '.repeat(n)

/** The section with a page break after `row` and a bare number on the line before it. */
function broken(head: string[], rows: string[], row: string, footer: string, indent: number): { text: string; starts: number[] } {
  const before = ['第二十条第（一）项', '信息内容 本年新制作数量 本年新公开数量 对外公开总数量', '规章 0 0 0', ...head, ...rows, row, '', `${pad(indent)}${footer}`, ''].join('\n')
  const after = ['第二十条第（九）项', '信息内容 采购项目数量 采购总金额（万元）', '政府集中采购 12 3056.8'].join('\n')
  return { text: `${before}\f${after}`, starts: [before.length + 1] }
}

describe('section 二: a centred page number after a short or empty row', () => {
  for (const indent of [10, 20, 35]) {
    for (const footer of ['3', '7', '12']) {
      it(`does not complete a short 2019 fee row (footer 「${footer}」 indented ${indent})`, () => {
        const { text, starts } = broken(['第二十条第（八）项', '信息内容 上一年项目数量 本年增/减'], [], '行政事业性收费            4', footer, indent)
        const got = parseActiveDisclosure(text, starts)
        expect(got.table.fees).toEqual({ lastYearItems: null, change: null })
        expect(got.notes.some((n) => n.field === 'activeDisclosure.fees')).toBe(true)
      })
      it(`does not fill an empty row with it (footer 「${footer}」 indented ${indent})`, () => {
        const { text, starts } = broken(['第二十条第（六）项', '信息内容 上一年项目数量 本年增/减 处理决定数量'], ['行政处罚 80 -5 27'], '行政强制', footer, indent)
        const got = parseActiveDisclosure(text, starts)
        expect(got.table.enforcement).toEqual({ lastYearItems: null, change: null, decisions: null })
        expect(got.table.penalties).toEqual({ lastYearItems: 80, change: -5, decisions: 27 })
      })
    }
  }
  for (const footer of ['2', '9', '15']) {
    it(`does not give an empty one-cell 2021 row the footer 「${footer}」`, () => {
      const before = ['第二十条第（一）项', '信息内容 本年制发件数 本年废止件数 现行有效件数', '规章 0 0 0', '行政规范性文件 5 2 46', '第二十条第（六）项', '信息内容 本年处理决定数量', '行政处罚 27', '行政强制', '', `${pad(35)}${footer}`, ''].join('\n')
      const after = ['第二十条第（八）项', '信息内容 本年收费金额（单位：万元）', '行政事业性收费 213.97'].join('\n')
      const got = parseActiveDisclosure(`${before}\f${after}`, [before.length + 1])
      expect(got.table.enforcement).toEqual({ decisions: null })
      expect(got.table.penalties).toEqual({ decisions: 27 })
    })
  }
})
