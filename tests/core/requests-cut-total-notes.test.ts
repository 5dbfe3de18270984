// Table 三 running past the page's right edge (LibreOffice Writer PDF), its rows read with 7 cells and
// an empty 总计 (review 11 R11-8: n13 files, 25 empty 总计 cells without a row note). Each such row says why.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { BLANK_CELL, CELL_SEP } from '../../shared/extract/flat-marks'
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

// The same table with a blank spacer column after 自然人 (a Word table's thin column) and 总计 cut:
// each row still shows seven cells, the last of them 其他's (review 12 R12-1b: 其他 read as 总计).
const spacerZone = table3(1)
  .map((r, i) => {
    if (i === 0 || !r.includes('\t')) return r
    const [label, ...cells] = r.split('\t')
    return [label, cells[0], BLANK_CELL, ...cells.slice(1, 6)].join(CELL_SEP)
  })
  .join('\n')

describe('table 三 cut at the right page edge, with a blank spacer column', () => {
  it('reads no row whose last cell is not the sum of the six before it, and says why', () => {
    const got = parseRequestsTable(spacerZone, '', { lastColumnCut: true })
    for (const key of ['received', 'handledTotal', 'granted'] as const) {
      expect(got.rows[key]?.every((x) => x === null) ?? true, key).toBe(true)
      expect(got.notes.some((n) => n.field === `requests.${key}` && /超出页面|不等于前六格之和/.test(n.message)), key).toBe(true)
    }
  })
})
