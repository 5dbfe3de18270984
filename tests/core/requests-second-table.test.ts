// Review 10 R10-6: last year's table 三 printed beside this year's, read as plain pdftotext: the two
// tables' lines interleave, and rows of the other table ran into this table's runs of numbers, were
// placed by position and "proven" by the sums (any row of either table adds up across). A row label
// printed again inside a run cuts the run there, and with a second table in the zone only rows read
// right after their own label stand.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { RequestRowKey } from '../../shared/model/report'
import { HEAD, KEYS, ROWS } from './requests-fixture'

const line = (k: RequestRowKey, cells = ROWS.get(k)!): string => `${REQUEST_ROW_LABELS[k]} ${cells.join(' ')}`
/** Last year's rows: every row adds up across, as this year's do. */
const LAST_RECEIVED = [245, 48, 3, 4, 13, 11, 324]
const LAST_CARRIED = [5, 1, 0, 0, 1, 1, 8]

/** This year's 一 and 二, then last year's header with its 一 and 二, then this year's other rows, their labels printed before a block of numbers. */
function sideBySide(): string {
  const rest = KEYS.filter((k) => k !== 'received' && k !== 'carriedOver')
  return [
    HEAD,
    line('received'),
    line('carriedOver'),
    '2023年（对比）',
    HEAD,
    `${REQUEST_ROW_LABELS.received} ${LAST_RECEIVED.join(' ')}`,
    `${REQUEST_ROW_LABELS.carriedOver} ${LAST_CARRIED.join(' ')}`,
    ...rest.map((k) => line(k)),
  ].join('\n')
}

describe('last year\'s table 三 beside this year\'s', () => {
  it('never gives last year\'s rows to this year\'s rows', () => {
    const got = parseRequestsTable(sideBySide())
    expect(got.rows.received).toEqual(ROWS.get('received'))
    expect(got.rows.carriedOver).toEqual(ROWS.get('carriedOver'))
    for (const k of KEYS) {
      const row = got.rows[k]
      // Each row is this year's or empty, never last year's numbers.
      if (row && row.some((x) => x !== null)) expect([k, row]).toEqual([k, ROWS.get(k)])
    }
    expect(got.notes.some((n) => n.message.includes('行名在数字之间再次出现'))).toBe(true)
  })

  it('reads a single table as before (no repeat, no cut)', () => {
    const got = parseRequestsTable([HEAD, ...KEYS.map((k) => line(k))].join('\n'))
    for (const k of KEYS) expect(got.rows[k]).toEqual(ROWS.get(k))
    expect(got.notes.some((n) => n.message.includes('再次出现'))).toBe(false)
  })
})
