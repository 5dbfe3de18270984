// A table-三 cell that cannot be a count (review 12 R12-3: 「-1」 in 四、结转下年度继续办理 was read as −1,
// by its label, with no note): left empty with a note; the row's other cells stand.
import { describe, expect, it } from 'vitest'
import { read, report, table3, table4 } from './report-text'

describe('table 三: a negative or fractional count', () => {
  it('is left empty with a note, the rest of its row read', () => {
    const rows = table3(1).map((r) => (r.startsWith('四、结转') ? r.replace('\t1\t', '\t-1\t') : r))
    const r = read(report(rows, table4(1)))
    expect(r.report.requests.rows.carriedForward).toEqual([null, 0, 0, 0, 0, 0, 1])
    expect(r.notes.some((n) => n.field === 'requests.carriedForward' && n.message.includes('不应为负数'))).toBe(true)
  })
  it('reads the same table with the count printed right', () => {
    const r = read(report(table3(1), table4(1)))
    expect(r.report.requests.rows.carriedForward).toEqual([1, 0, 0, 0, 0, 0, 1])
  })
})
