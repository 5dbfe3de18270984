// A count, its unit and more digits in one cell (「790件5」: a footnote mark typed after the unit, seen
// in a web page whose mark is hidden only in print). Before: the count was dropped as a count in a
// sentence and the mark read as the row's first cell (5 for 790).
import { describe, expect, it } from 'vitest'
import { readCells } from '../../shared/extract/cells'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'

const row = (cells: string, sep: string): string => `信息内容${sep}上一年项目数量${sep}本年增/减${sep}处理决定数量\n行政许可${sep}916件${sep}增115${sep}167794件\n其他对外管理服务事项${sep}${cells}\n行政处罚${sep}4080件${sep}增177${sep}12755件\n`

describe('a count with its unit and more digits in one cell', () => {
  it('is one untrusted cell, never the digits after the unit', () => {
    for (const [line, cell] of [['其他\t790件5\t增12\t842631件', '790件5'], ['其他\t790件 5\t增12', '790件 5'], ['其他 790件5 增12 842631', '790件5'], ['其他 790件 5 增12 842631', '790件 5']] as const) {
      const tokens = readCells(line, [[0, 2]])
      expect(tokens[0]).toMatchObject({ value: null, glued: true, unitMarked: true })
      expect(line.slice(tokens[0]!.start, tokens[0]!.end)).toBe(cell)
      expect(tokens.some((t) => t.value === 5)).toBe(false)
    }
  })

  it('leaves the row of section 二 unread with a note; the other rows are read', () => {
    for (const [cells, sep] of [['790件5\t增12\t842631件', '\t'], ['790件 5 增12 842631', ' ']] as const) {
      const read = parseActiveDisclosure(row(cells, sep))
      expect(read.table.otherServices).toEqual({ lastYearItems: null, change: null, decisions: null })
      expect(read.notes.some((n) => n.field === 'activeDisclosure.otherServices' && n.message.includes('脚注标记'))).toBe(true)
      if (sep === '\t') expect(read.table.licensing).toEqual({ lastYearItems: 916, change: 115, decisions: 167794 })
    }
  })

  it('keeps counts in sentences out (申请3件5个部门: no cell)', () => {
    expect(readCells('共办理3件5个部门')).toEqual([])
  })
})
