// Table 三 dash cells in a row whose own total contradicts them: read 0 only where the cell's column
// identity (三（七）总计 = the outcome rows, 一 + 二 = （七） + 四) holds with them as 0 and every other
// cell of it was read; and a row too wide with blanks at both ends (which blanks are padding decides
// every column) is not read at all.
import { describe, expect, it } from 'vitest'
import type { RequestRow, RequestRowKey } from '../../shared/model/report'
import { REQUEST_ROW_GROUP, REQUEST_ROW_LABELS, requestRowsOf } from '../../shared/model/template-labels'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { dashesProvenByColumns } from '../../shared/extract/requests-dash-columns'
import { readCells } from '../../shared/extract/cells'
import { dropLabelColumnBlanks } from '../../shared/extract/cell-row-blanks'
import { BLANK_CELL as B } from '../../shared/extract/flat-marks'

const HEAD = '申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计'
type Cell = number | '—' | ''
const zero = (): Cell[] => [0, 0, 0, 0, 0, 0, 0]

/** A 2021 table a row per line, tab-separated, cells as given. */
function table(rows: Partial<Record<RequestRowKey, Cell[]>>): string {
  const out = [HEAD]
  let group = ''
  for (const k of requestRowsOf('2021')) {
    const g = REQUEST_ROW_GROUP[k] ?? ''
    if (g && g !== group) out.push(g)
    group = g
    if (k === 'granted') out.push('三、本年度办理结果')
    out.push([REQUEST_ROW_LABELS[k], ...(rows[k] ?? zero())].join('\t'))
  }
  return out.join('\n')
}

// Granted prints 科研机构 and 社会公益组织 as dashes, and its total (25) is not its cells' sum (27):
// the report's own error, which the row cannot blame on a dash (a dash above 0 only widens the gap).
const ROWS: Partial<Record<RequestRowKey, Cell[]>> = {
  received: [20, 14, 0, 0, 1, 1, 36],
  granted: [12, 13, '—', '—', 1, 1, 25],
  'unavailable.notHeld': [8, 1, 0, 0, 0, 0, 9],
  handledTotal: [20, 14, 0, 0, 1, 1, 36],
}

describe('dash cells proven by their columns', () => {
  it('reads a contradicted row’s dashes as 0 where their columns’ sums hold with 0', () => {
    const got = parseRequestsTable(table(ROWS))
    expect(got.rows.granted).toEqual([12, 13, 0, 0, 1, 1, 25])
    expect(got.notes.some((n) => n.message.includes('印作'))).toBe(false)
  })
  it('leaves them empty, with a note, where the column’s sum fails with them as 0', () => {
    // 科研机构's 总计 says 2, so a dash there stands for a number left out: not 0.
    const rows = { ...ROWS, received: [20, 14, 2, 0, 1, 1, 38] as Cell[], handledTotal: [20, 14, 2, 0, 1, 1, 38] as Cell[] }
    const got = parseRequestsTable(table(rows))
    expect(got.rows.granted).toEqual([12, 13, null, 0, 1, 1, 25])
    expect(got.notes.find((n) => n.field === 'requests.granted')?.message).toMatch(/1 格印作.*所在列的合计关系也不能证实/)
  })
  it('leaves them empty where the row falls short of its total (the row says a dash may hold the rest)', () => {
    // 法律服务机构 printed as a dash in a row whose total (26) is one more than its cells: the column says 0, the row 1.
    const rows = { ...ROWS, granted: [12, 13, 0, 0, '—', 0, 26] as Cell[], received: [20, 14, 0, 0, 0, 1, 35] as Cell[], handledTotal: [20, 14, 0, 0, 0, 1, 35] as Cell[] }
    const got = parseRequestsTable(table(rows))
    expect(got.rows.granted).toEqual([12, 13, 0, 0, null, 0, 26])
  })
  it('judges them by their columns where a cell of the row was not read (it may hold the rest, not the dashes)', () => {
    // 自然人 unread (a blank where a scan's recogniser saw nothing): the row's shortfall is that cell's.
    const rows = { ...ROWS, received: [7, 0, 0, 0, 0, 0, 7] as Cell[], granted: [B as Cell, '—', '—', '—', '—', '—', 7] as Cell[], 'unavailable.notHeld': zero(), handledTotal: [7, 0, 0, 0, 0, 0, 7] as Cell[] }
    const got = parseRequestsTable(table(rows))
    expect(got.rows.granted).toEqual([null, 0, 0, 0, 0, 0, 7])
    expect(got.notes.some((n) => n.message.includes('印作'))).toBe(false)
    // Where a column's 总计 says 2, its dash stays empty, with the note.
    const two = { ...rows, received: [7, 0, 2, 0, 0, 0, 9] as Cell[], handledTotal: [7, 0, 2, 0, 0, 0, 9] as Cell[] }
    const got2 = parseRequestsTable(table(two))
    expect(got2.rows.granted).toEqual([null, 0, null, 0, 0, 0, 7])
    expect(got2.notes.find((n) => n.field === 'requests.granted')?.message).toMatch(/1 格印作/)
  })
  it('needs every other cell of the identity read, and all open dashes on one side of it', () => {
    const rows: Partial<Record<RequestRowKey, RequestRow>> = { received: [1, 0, 0, 0, 0, 0, 1], carriedOver: [0, 0, 0, 0, 0, 0, 0], handledTotal: [1, 0, null, 0, 0, 0, 1], carriedForward: [0, 0, 0, 0, 0, 0, 0] }
    // Column 2: 总计 unread, so 结转下年 cannot be proven by the flow (the outcome rows are missing).
    expect(dashesProvenByColumns(rows, new Set(['carriedForward:2']))).toEqual(new Set())
    expect(dashesProvenByColumns(rows, new Set(['carriedForward:1']))).toEqual(new Set(['carriedForward:1']))
    // A dash on each side: x + 0 = 0 + y holds for any x = y.
    expect(dashesProvenByColumns(rows, new Set(['received:3', 'carriedForward:3']))).toEqual(new Set())
  })
})

describe('a row too wide with blanks at both ends', () => {
  it('does not guess which blanks are label columns and which padding (a page-broken PDF row)', () => {
    // 5 blanks, 103 under 自然人, 103 under 总计, and one empty cell too many at the end (as the PDF reader flattens it).
    const line = ['四、结转下年度继续办理', B, B, B, B, B, 103, 103, B].join('\t')
    const rows = { ...ROWS, granted: [12, 13, 0, 0, 1, 1, 27] as Cell[] }
    const text = table(rows).replace(/四、结转下年度继续办理.*$/, line)
    const got = parseRequestsTable(text)
    expect(got.rows.carriedForward?.some((x) => x !== null) ?? false).toBe(false)
    expect(got.notes.some((n) => n.field === 'requests.carriedForward')).toBe(true)
  })
  it('still drops label-column blanks where the line has no blank at its end', () => {
    const line = [B, B, 5, 0, 0, 0, 0, 0, 5].join('\t')
    expect(dropLabelColumnBlanks(readCells(line), line, 7).map((t) => [t.value, t.glued ?? false])).toEqual([[5, false], [0, false], [0, false], [0, false], [0, false], [0, false], [5, false]])
    const wide = [B, B, 5, 0, 0, 0, 0, 0, 5, B].join('\t')
    expect(dropLabelColumnBlanks(readCells(wide), wide, 7).some((t) => t.glued)).toBe(true)
  })
})
