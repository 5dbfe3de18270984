// Table 三: dashes that the row's total contradicts, cells printed with units, an extra 小计 column,
// labels without numbering, and the other readings the layout allows when the sums fail.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'

const row = (label: string, cells: (number | string)[]): string => `${label} ${cells.join(' ')}`

describe('table 三 dash cells', () => {
  it('reads a dash as 0 where the row total agrees', () => {
    const got = parseRequestsTable(row('一、本年新收政府信息公开申请数量', [3, '—', 0, 0, 0, 0, 3]))
    expect(got.rows.received).toEqual([3, 0, 0, 0, 0, 0, 3])
  })
  it('leaves a dash empty, with a note naming the row, where the row total contradicts 0', () => {
    const got = parseRequestsTable(row('一、本年新收政府信息公开申请数量', [3, '—', 0, '／', 0, 0, 5]))
    expect(got.rows.received).toEqual([3, null, 0, null, 0, 0, 5])
    expect(got.notes.some((n) => n.field === 'requests.received' && n.message.includes('本年新收'))).toBe(true)
  })
})
