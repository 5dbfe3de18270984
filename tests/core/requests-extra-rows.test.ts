// An extra 「其中：…」 row inside table 三 costs that row only, with a note naming it.
import { describe, expect, it } from 'vitest'
import { read, report, table3, table4 } from './report-text'

describe('an extra 其中 row in table 三', () => {
  it('is skipped with a note naming its label; every template row still reads', () => {
    const t3 = table3(1)
    t3.splice(2, 0, ['其中：通过互联网提出申请', 10, 0, 0, 0, 0, 0, 10].join('\t'))
    const ex = read(report(t3, table4(1)))
    const rows = ex.report.requests.rows
    expect(rows.received).toEqual([16, 0, 0, 0, 0, 0, 16])
    expect(rows.carriedOver).toEqual([2, 0, 0, 0, 0, 0, 2])
    expect(rows.carriedForward).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(Object.values(rows).flat().some((v) => v === null)).toBe(false)
    expect(ex.notes.map((n) => n.message).join('')).toContain('「其中：通过互联网提出申请」')
  })
})
