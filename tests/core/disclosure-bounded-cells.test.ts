// Section 二 in a source that bounds its cells (HTML, Word, tab fields): a number never moves across a
// cell border. Before: a cell the cell reader could not take as a number (「⁷665件」: a digit the page
// hides only in print, kept as a mark; 「共665件」) was dropped, and the row's other numbers were cut to
// fill three cells — 69 | 3 | ⁷665 read as 6 | 9 | 3 (seed sweep 920103, html).
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'
import { boundedCellsAfterLabel, cutAcrossBorders } from '../../shared/extract/disclosure-bounded-cells'

const table = (cells: string[]): string =>
  ['本年度主动公开政府信息情况如下：', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t０件\t０件\t０件', ['规范性文件', ...cells].join('\t'), '信息内容\t本年处理决定数量', '行政许可\t２２９３件', '行政处罚\t１２８２件', ''].join('\n')

describe('section 二 cells bounded by the source', () => {
  it('reads a count after a superscript mark in its cell as the cell printed (69 | 3 | 665)', () => {
    const read = parseActiveDisclosure(table(['６９件', '３件', '⁷６６５件']))
    expect(read.table.normativeDocs).toEqual({ issued: 69, repealed: 3, inForce: 665 })
    expect(read.table.licensing).toEqual({ decisions: 2293 })
  })

  it('leaves the row unread with a note where a cell holds no readable number, never cutting 69 into 6 | 9', () => {
    for (const odd of ['共６６５件', '合计665件']) {
      const read = parseActiveDisclosure(table(['69件', '3件', odd]))
      expect(read.table.normativeDocs).toEqual({ issued: null, repealed: null, inForce: null })
      expect(read.notes.some((n) => n.field === 'activeDisclosure.normativeDocs' && n.message.includes('印有 3 栏'))).toBe(true)
      expect(read.table.rules).toEqual({ issued: 0, repealed: 0, inForce: 0 })
    }
  })

  it('counts the cells a row prints after its label; a line without cell separators has none', () => {
    expect(boundedCellsAfterLabel('规范性文件\t69\t\uE000\t3\n行政许可', 5)).toBe(3)
    expect(boundedCellsAfterLabel('规范性文件（件）\t69\t \t3', 5)).toBe(2)
    expect(cutAcrossBorders('规范性文件 693', 5, 1, 3)).toBe(false)
    expect(cutAcrossBorders('规范性文件\t69\t3\t共665件', 5, 2, 3)).toBe(true)
  })
})
