// A run of table-三 cells holding a blank cell comes from a table's own cells: no number of it is
// ever left out as a stray page number. A blank column the template lacks (备注, 其中：网上申请)
// gives each row an eighth cell; dropping a printed 0 instead let the row's sum "prove" every later
// cell one column off (review 12 R12-1, q02/q03: 7 and 9 wrong cells in HTML, DOCX and PDF).
import { describe, expect, it } from 'vitest'
import type { CellToken } from '../../shared/extract/cells'
import { readWithoutStrays } from '../../shared/extract/requests-readings'

const tok = (s: string, i: number): CellToken => ({ value: s === '' ? null : Number(s), digits: s, splittable: false, start: i * 3, end: i * 3 + s.length })
const ROW_TOTAL = [{ parts: [0, 1, 2, 3, 4, 5], total: 6 }]

describe('readWithoutStrays', () => {
  it('leaves a number out of a run without blank cells where the row then adds up (a page number)', () => {
    const got = readWithoutStrays(['5', '1', '0', '0', '0', '0', '12', '6'].map(tok), 1, 7, ROW_TOTAL)
    expect(got?.rows).toEqual([[5, 1, 0, 0, 0, 0, 6]])
  })
  it('never leaves a number out of a run that holds a blank cell', () => {
    // 自然人 5, 商业企业 1, 科研机构 0, … , an empty 备注 cell, 总计 6: dropping the 0 "adds up" too.
    expect(readWithoutStrays(['5', '1', '0', '0', '0', '0', '', '6'].map(tok), 1, 7, ROW_TOTAL)).toBeNull()
  })
})
