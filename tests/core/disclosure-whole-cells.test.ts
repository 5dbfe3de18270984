// Section 二 cells that state no count (review rv19b W3/W7): a number printed whole between separators
// is one cell, never cut into digits to fill a short row, whatever zeros the section writes elsewhere;
// a dash or slash is 0 (report-model.md), with a note saying it was read so.
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'

const HEAD_2021 = ['第二十条第（一）项', '信息内容 本年制发件数 本年废止件数 现行有效件数']
const HEAD_2019 = ['第二十条第（六）项', '信息内容 上一年项目数量 本年增/减 处理决定数量']

describe('section 二 whole cells', () => {
  // Each short row with a written 0 elsewhere in the section (the old trigger for cutting).
  const shortRows: [string[], 'normativeDocs' | 'enforcement', string][] = [
    [[...HEAD_2021, '规章 0 0 0', '行政规范性文件 5 46'], 'normativeDocs', '46'],
    [[...HEAD_2021, '规章 0 0 0', '行政规范性文件 12 305'], 'normativeDocs', '305'],
    [[...HEAD_2019, '行政处罚 80 0 27', '行政强制 6 10'], 'enforcement', '10'],
    [[...HEAD_2019, '行政处罚 0 0 0', '行政强制 61 907'], 'enforcement', '907'],
  ]
  for (const [lines, key, whole] of shortRows) {
    it(`does not cut ${whole} of a short row into digits`, () => {
      const got = parseActiveDisclosure(lines.join('\n'))
      expect(Object.values(got.table[key]!).every((v) => v === null)).toBe(true)
      expect(got.notes.some((n) => n.field === `activeDisclosure.${key}`)).toBe(true)
    })
  }

  it('still cuts digits run into the label where one reading exists (crawled text)', () => {
    const got = parseActiveDisclosure(['第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000'].join('\n'))
    expect(got.table.rules).toEqual({ issued: 0, repealed: 0, inForce: 0 })
  })

  for (const dash of ['/', '—', '－', '／']) {
    it(`reads a 「${dash}」 cell as 0 (report-model.md: a dash is the report's way of writing none) and says so`, () => {
      const got = parseActiveDisclosure([...HEAD_2021, `行政规范性文件 5 ${dash} 46`].join('\n'))
      expect(got.table.normativeDocs).toEqual({ issued: 5, repealed: 0, inForce: 46 })
      expect(got.notes.some((n) => n.field === 'activeDisclosure.normativeDocs' && n.message.includes(dash))).toBe(true)
    })
  }
})

describe('section 二 notes that name the cell', () => {
  for (const cell of ['-5.8%', '增加7项', '(7)', '（12）', '+3.5％']) {
    it(`a change printed 「${cell}」: unread, the note names it`, () => {
      const got = parseActiveDisclosure([...HEAD_2019, `行政处罚 80 ${cell} 27`].join('\n'))
      expect(got.table.penalties).toEqual({ lastYearItems: null, change: null, decisions: null })
      expect(got.notes.some((n) => n.field === 'activeDisclosure.penalties' && n.message.includes(cell.trim()))).toBe(true)
    })
  }
  it('a blank table cell: empty, with a note', () => {
    const got = parseActiveDisclosure([...HEAD_2021.slice(0, 1), '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '行政规范性文件\t5\t\uE000\t46'].join('\n'))
    expect(got.table.normativeDocs).toEqual({ issued: 5, repealed: null, inForce: 46 })
    expect(got.notes.some((n) => n.field === 'activeDisclosure.normativeDocs' && n.message.includes('空白'))).toBe(true)
  })
})
