// The sign of a 本年增/减 cell (review rv19b W6): an arrow or sign word belongs to the number it
// touches — 「7↓」 is −7 and leaves the next cell (处理决定数量) unsigned; 「减：7」 is −7.
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'
import { readCells } from '../../shared/extract/cells'

const row = (cell: string): string => ['第二十条第（五）项', '信息内容 上一年项目数量 本年增/减 处理决定数量', `行政许可 120 ${cell} 1103`].join('\n')

describe('section 二 change signs', () => {
  const cases: [string, number][] = [
    ['7↓', -7], ['7↑', 7], ['7▼', -7], ['7▲', 7], ['↓7', -7], ['↑7', 7], ['↓ 7', -7],
    ['减：7', -7], ['减:7', -7], ['增：7', 7], ['减少：7', -7], ['减7', -7], ['增7', 7], ['-7', -7], ['－7', -7],
  ]
  for (const [cell, change] of cases) {
    it(`「${cell}」 is ${change}, the other cells unsigned`, () => {
      expect(parseActiveDisclosure(row(cell)).table.licensing).toEqual({ lastYearItems: 120, change, decisions: 1103 })
    })
  }
  // The sign words hr37b found read as a rise or as the next count's sign: a bracket after a unit, a word
  // after the digits, a bracket before them, a bracketed minus or arrow; words of no direction unread.
  const tabbed = (cell: string): string => ['第二十条第（五）项', '信息内容 上一年项目数量 本年增/减 处理决定数量', `行政许可\t120\t${cell}\t1103`].join('\n')
  const worded: [string, number | null][] = [
    ['7项（减）', -7], ['7件（减少）', -7], ['7 减', -7], ['7减少', -7], ['（减）7', -7], ['（-）7', -7], ['7（-）', -7],
    ['7（↓）', -7], ['7（↑）', 7], ['7\t减', -7], ['减少\t7', -7], ['比上年减少7', -7], ['7（增）', 7],
    ['增减7', null], ['增/减7', null], ['未减少7', null], ['7（持平）', null],
  ]
  for (const [cell, change] of worded) {
    it(`「${cell}」 is ${change ?? 'unread, with a note'}; the count after it unsigned`, () => {
      const r = parseActiveDisclosure(tabbed(cell))
      expect(r.table.licensing).toEqual({ lastYearItems: 120, change, decisions: 1103 })
      expect(r.notes.some((n) => n.field === 'activeDisclosure.licensing')).toBe(change === null)
    })
  }
  it('a sign word between the change and the count, single spaces (text): the change’s, not the count’s', () => {
    expect(parseActiveDisclosure(row('7 减')).table.licensing).toEqual({ lastYearItems: 120, change: -7, decisions: 1103 })
    expect(parseActiveDisclosure(row('7减少')).table.licensing).toEqual({ lastYearItems: 120, change: -7, decisions: 1103 })
  })
  // A cell a line (pdftotext without -layout; a narrow column wraps 「115减少」), a bracket with a percentage, the
  // column's 增（减） copied into the cell (hostile review hr38b F1–F3: all read +115 or −115, no note).
  const lined = (cell: string): string => ['第二十条第（五）项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', '', '120', '', cell, '', '1103', '', '第二十条第（六）项'].join('\n')
  const wrapped: [string, number | null][] = [['7\n\n减少', -7], ['减少\n\n7', -7], ['7\n\n减', -7], ['7\n\n增加', 7], ['7（下降12.6%）', -7], ['7（增长3%）', 7], ['增（减）7', null], ['7', 7],
    // hr38b F9: a bracket or a figure of its own on the next line, 「未减少」 on its own line.
    ['7\n（减少）', -7], ['7\n（同比下降12.6%）', -7], ['7\n同比下降12.6%', -7], ['7 同比下降12.6%', -7], ['7\n未减少', null]]
  for (const [cell, change] of wrapped) {
    it(`a cell a line: 「${cell.replace(/\n/g, '⏎')}」 is ${change ?? 'unread, with a note'}`, () => {
      const r = parseActiveDisclosure(lined(cell))
      expect(r.table.licensing).toEqual({ lastYearItems: 120, change, decisions: 1103 })
      expect(r.notes.some((n) => n.field === 'activeDisclosure.licensing')).toBe(change === null)
    })
  }
  it('a sign word in the next count’s grid cell (「7 | 减少 1103」): whose it is cannot be told (hr38b F8)', () => {
    const r = parseActiveDisclosure(tabbed('7').replace('\t1103', '\t减少 1103'))
    expect(r.table.licensing).toEqual({ lastYearItems: 120, change: null, decisions: 1103 })
  })
  it('a count printed with a minus (2021 table, no 增/减 cell) is unread with a note, never negative', () => {
    const r = parseActiveDisclosure(['第二十条第（一）项', '信息内容 本年制发件数 本年废止件数 现行有效件数', '规章 -3 1 36'].join('\n'))
    expect(r.table.rules).toEqual({ issued: null, repealed: 1, inForce: 36 })
    expect(r.notes.some((n) => n.field === 'activeDisclosure.rules')).toBe(true)
  })
  for (const n of [3, 45, 1103, 20000]) {
    it(`an arrow after a number does not sign the next one (${n})`, () => {
      expect(readCells(`12↓ ${n}`).map((t) => t.value)).toEqual([-12, n])
      expect(readCells(`12↑\t${n}`).map((t) => t.value)).toEqual([12, n])
    })
  }
})
