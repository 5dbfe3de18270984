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

describe('a row whose cells -layout prints on two lines (a wrapped cell sits higher)', () => {
  it('reads the total printed on the label\'s first line last, the one order that holds the row\'s sum', () => {
    // 「（二）部分公开… 80」 over 「52 0 17 8 0 3」 (Y02: 214 over 161 0 13 35 0 5)
    const rows = new Map(ROWS)
    rows.set('partiallyGranted', [52, 0, 17, 8, 0, 3, 80])
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
})
