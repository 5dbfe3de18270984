// Review rv24 (Y02, Y_V04, Y_V08: HTML → DOCX → PDF → `pdftotext -layout`): a row whose long label wraps
// prints the cells whose own text wraps (「214件」) higher — on the label's first line — and the others on
// the next line, each line left to right. Read in text order, the cells were shuffled (the total first),
// once even with the row's sum holding. Now every order keeping each line's own order is a reading:
// one holding the row's total is proven; several holding it leave only what the table's sums prove.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { RequestRowKey } from '../../shared/model/report'
import { HEAD, KEYS, ROWS } from './requests-fixture'

const line = (k: RequestRowKey, cells = ROWS.get(k)!): string => `${REQUEST_ROW_LABELS[k]}   ${cells.join(' ')}`
const table = (row: RequestRowKey, printed: string, rows = ROWS): string =>
  [HEAD, ...KEYS.map((k) => (k === row ? printed : line(k, rows.get(k))))].join('\n')

/** The fixture with one outcome row changed and 总计 / 本年新收 changed with it, so the column sums hold. */
function withRow(key: RequestRowKey, cells: number[]): Map<RequestRowKey, number[]> {
  const rows = new Map(ROWS)
  const old = ROWS.get(key)!
  rows.set(key, cells)
  for (const k of ['handledTotal', 'received'] as const) rows.set(k, ROWS.get(k)!.map((x, c) => x + cells[c]! - old[c]!))
  return rows
}

describe('a row whose cells -layout prints on two lines (a wrapped cell sits higher)', () => {
  it('reads the total printed on the label\'s first line last, the one order that holds the row\'s sum', () => {
    // 「（二）部分公开… 80」 over 「52 0 17 8 0 3」 (Y02: 214 over 161 0 13 35 0 5)
    // The table's column sums hold with the true row (as in the report): they tell the merge from the print.
    const rows = withRow('partiallyGranted', [52, 0, 17, 8, 0, 3, 80])
    const printed = `${REQUEST_ROW_LABELS.partiallyGranted}            80\n                52   0   17   8   0   3\n     件`
    const got = parseRequestsTable(table('partiallyGranted', printed, rows))
    expect(got.rows.partiallyGranted).toEqual([52, 0, 17, 8, 0, 3, 80])
    expect(got.rows.carriedOver).toEqual(ROWS.get('carriedOver'))
  })

  it('never reads the text order where another order holds the row\'s sum too (「90 53 91」 over 「438 125 114 911」)', () => {
    // True row 438 90 125 53 114 91 911: the first line holds 90 53 91, the second 438 125 114 911;
    // read in text order the sum holds as well (Y_V04, numbers changed).
    const rows = new Map(ROWS)
    rows.set('granted', [338, 70, 25, 43, 14, 11, 501])
    const printed = `${REQUEST_ROW_LABELS.granted}       70     43     11\n                338    25    14    501`
    const got = parseRequestsTable(table('granted', printed, rows))
    const row = got.rows.granted ?? []
    expect(row).not.toEqual([70, 43, 11, 338, 25, 14, 501])
    row.forEach((x, c) => expect(x === null || x === rows.get('granted')![c]).toBe(true))
    if (row.some((x) => x === null)) expect(got.notes.some((n) => n.field === 'requests.granted')).toBe(true)
  })
  // Review rv24b (YW03: HTML → DOCX → PDF → pdftotext -layout): the 自然人 cell 「7<br>件」 sits higher and
  // comes out on the label's line, and the row's printed 总计 is the report's own slip (4 for 10). The merge
  // 「0 0 0 3 0 4 7」 holds the row's total, but the table's column sums fit the printed cells: the slip is
  // never "repaired" into another order (before: 5 cells wrong, no note).
  it('never reads a merge where the row is printed with a slip and the column sums fit the printed cells', () => {
    const key: RequestRowKey = 'unavailable.notHeld'
    const slip = [7, 0, 0, 0, 3, 0, 4] // 7 + 3 = 10 printed as 4
    const rows = withRow(key, [7, 0, 0, 0, 3, 0, 10])
    rows.set(key, slip)
    const printed = `${REQUEST_ROW_LABELS[key]}     7\n            0   0   0   3   0   4`
    const got = parseRequestsTable(table(key, printed, rows))
    const row = got.rows[key] ?? []
    expect(row).not.toEqual([0, 0, 0, 3, 0, 4, 7])
    row.forEach((x, c) => expect(x === null || x === slip[c], `${key}[${c}]`).toBe(true))
  })

  it('weighs the merges where the label\'s line ends in digits that could be one space-grouped number (「22 167」)', () => {
    // Review rv24 Y_R13 (numbers changed): 其他 and 总计 wrapped onto the label's first line as 「41 152」,
    // the other five below; read as printed (the pair taken for a possible 「41 152」 = 41152) the row was
    // 41 152 48 20 33 0 10. Split, the pair is two cells and the merges are weighed like any other.
    const rows = withRow('partiallyGranted', [48, 20, 33, 0, 10, 41, 152])
    const printed = `${REQUEST_ROW_LABELS.partiallyGranted.slice(0, 16)}                    41 152\n                48   20   33   —   10\n      ${REQUEST_ROW_LABELS.partiallyGranted.slice(16)}         件 件`
    const got = parseRequestsTable(table('partiallyGranted', printed, rows))
    expect(got.rows.partiallyGranted).toEqual([48, 20, 33, 0, 10, 41, 152])
  })
})
