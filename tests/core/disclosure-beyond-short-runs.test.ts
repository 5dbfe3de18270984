// Section 二: labels printed in groups before their numbers, a blank cell leaving nothing, and a row
// beyond the template (非行政许可审批, 行政裁决, 部门规章) among the labels. The rows' numbers are shared
// out counting that row as a row: where fewer numbers stand after the labels than the rows have cells,
// they may be the beyond-row's, and no template row takes them (sweep.ts --from 972001 --to 972006
// --formats text-grouped,text-plain --zero blank, seed 972002: 行政强制 read 71, 非行政许可审批's number).
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'

const lines = (...xs: (string | number)[]): string => xs.join('\n')
const HEAD = ['信息内容', '本年处理决定数量']
const FEES = ['信息内容', '本年收费金额（万元）', '行政事业性收费', '5']

describe('a label run holding a row beyond the template, fewer numbers than its cells', () => {
  it('reads no template row of the run, with a note naming the beyond-row', () => {
    const got = parseActiveDisclosure(lines(...HEAD, '行政许可', 97, '非行政许可审批', '行政处罚', '行政强制', 71, ...FEES))
    expect(got.table.penalties).toEqual({ decisions: null })
    expect(got.table.enforcement).toEqual({ decisions: null })
    const note = got.notes.find((n) => n.field === 'activeDisclosure.enforcement')?.message ?? ''
    expect(note).toContain('「非行政许可审批」行（模板以外的行）没有数字')
    expect(got.notes.some((n) => n.field === 'activeDisclosure.penalties' && n.message.includes('模板以外的行'))).toBe(true)
    // The rows outside the run are read as before.
    expect(got.table.licensing).toEqual({ decisions: 97 })
    expect(got.table.fees).toEqual({ amountWanYuan: 5 })
  })

  it('a run whose numbers are as many as its cells is shared out as before (rows of one cell each)', () => {
    const got = parseActiveDisclosure(lines(...HEAD, '行政许可    97', '非行政许可审批', '行政处罚', '行政强制', 71, 13, 8, ...FEES))
    expect(got.table.penalties).toEqual({ decisions: 13 })
    expect(got.table.enforcement).toEqual({ decisions: 8 })
    expect(got.table.fees).toEqual({ amountWanYuan: 5 })
  })

  it('a number on the last label\'s own line is that row\'s (a row a line)', () => {
    const got = parseActiveDisclosure(lines(...HEAD, '行政许可    97', '非行政许可审批', '行政处罚', '行政强制    71', ...FEES))
    expect(got.table.enforcement).toEqual({ decisions: 71 })
  })

  it('one table of every row, three rows a group (the sweep\'s variant): no cell read from a beyond-row', () => {
    const got = parseActiveDisclosure(
      lines(
        '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '地方政府规章', '部门规章', 40, 47, 54,
        '行政规范性文件', '信息内容', '处理决定数', '行政审批', 13, 55, 97,
        '非行政许可审批', '行政处罚', '行政强制', 71,
        '行政裁决', '信息内容', '采购金额', '行政收费', 68,
      ),
    )
    for (const row of ['rules', 'normativeDocs', 'licensing', 'penalties', 'enforcement', 'fees'] as const) {
      expect(Object.values(got.table[row] ?? {}).every((v) => v === null)).toBe(true)
      expect(got.notes.some((n) => n.field === `activeDisclosure.${row}` && n.message.includes('未读取'))).toBe(true)
    }
  })
})
