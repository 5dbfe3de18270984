// Table 三 running past the page's right edge (LibreOffice Writer PDF), its rows read with 7 cells and
// an empty 总计 (review 11 R11-8: n13 files, 25 empty 总计 cells without a row note). Each such row says why.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { BLANK_CELL, CELL_SEP } from '../../shared/extract/flatten'
import { table3 } from './report-text'

// table3's rows in table cells, the 总计 cell empty (the cut column's cells were kept blank).
const zone = table3(1).map((r, i) => (i === 0 || !r.includes('\t') ? r : r.split('\t').map((c, j, all) => (j === all.length - 1 ? BLANK_CELL : c)).join(CELL_SEP))).join('\n')

describe('table 三 cut at the right page edge', () => {
  it('notes each row whose 总计 is empty', () => {
    const got = parseRequestsTable(zone, '', { lastColumnCut: true })
    expect(got.rows.received?.[6]).toBeNull()
    expect(got.notes.some((n) => n.field === 'requests.received' && n.message.includes('超出页面'))).toBe(true)
  })
  it('an empty 总计 in a table not cut is the report\'s blank: no such note', () => {
    const got = parseRequestsTable(zone, '')
    expect(got.notes.some((n) => n.message.includes('超出页面'))).toBe(false)
  })
})
