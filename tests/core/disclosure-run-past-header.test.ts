// Table 二 with labels printed together before their numbers, where the block of numbers comes out
// after the next small table's header (pdftotext groups label columns across the tables' border:
// 「行政处罚 行政强制 信息内容 上一年项目数量 本年增/减 29 减1 32 0 0 0 行政事业性收费 …」).
// disclosure-run-past-header.ts: the numbers are the label run's where their count is exactly the
// run's cells and the next table reads label-first with every cell accounted for; the order (row by
// row or column by column) is then decided as for any label run (增/减 signs), else unread with a note.
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'

const HEAD = [
  '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '行政规范性文件', '0', '0', '0', '2', '2', '4',
  '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', '其他对外管理服务', '事项', '14', '减4', '25', '10', '减1', '310',
]
const tail = (cells: string[], fees: string[]): string =>
  [...HEAD, '行政处罚', '行政强制', '信息内容', '上一年项目数量', '本年增/减', ...cells, '行政事业性收费', '信息内容', '采购项目数量', '采购总金额（单位', '：万元）', '政府集中采购', ...fees, '第三部分 依申请公开情况', ''].join('\n')

describe('table 二: a label run whose numbers follow the next table\'s header', () => {
  it('reads the run row by row where the 增/减 signs prove that order', () => {
    const r = parseActiveDisclosure(tail(['29', '减1', '32', '0', '0', '0'], ['0', '0', '16', '733']))
    expect(r.table.penalties).toEqual({ lastYearItems: 29, change: -1, decisions: 32 })
    expect(r.table.enforcement).toEqual({ lastYearItems: 0, change: 0, decisions: 0 })
    // 行政事业性收费 and 政府集中采购 (two cells each, no sign): row by row or column by column stays open.
    expect(r.table.fees?.lastYearItems ?? null).toBeNull()
    expect(r.notes.find((n) => n.field === 'activeDisclosure.fees')?.message).toContain('按行读与按列读得数不同')
    expect(r.notes.some((n) => n.field === 'activeDisclosure.penalties')).toBe(false)
  })

  it('leaves the run unread, saying why, where nothing tells the order', () => {
    const r = parseActiveDisclosure(tail(['29', '0', '32', '1', '0', '5'], ['0', '0', '16', '733']))
    expect(r.table.penalties?.decisions ?? null).toBeNull()
    expect(r.notes.find((n) => n.field === 'activeDisclosure.penalties')?.message).toContain('按行读与按列读得数不同')
  })

  it('does not give the run the numbers where the next table does not read label-first', () => {
    // 行政事业性收费 and 政府集中采购 hold 3 numbers after their labels, not their 4 cells: the numbers
    // after the header may be the next table's, printed before its label.
    const r = parseActiveDisclosure(tail(['29', '减1', '32', '0', '0', '0'], ['0', '16', '733']))
    expect(r.table.penalties?.lastYearItems ?? null).toBeNull()
    expect(r.table.enforcement?.decisions ?? null).toBeNull()
  })
})
