// Two rows of table 三 printed as labels, then their numbers, where the run read row by row and
// column by column both add up (0 0 0 0 0 0 0 1 0 0 0 0 0 1: 自然人 1, or 社会公益组织 1), in a
// report whose （七）总计 = the outcome rows fails in another column (its own error). The identity
// holds column by column: where the columns in which the two readings differ each hold under one
// reading only, that reading is read (requests-feasible-columns.ts); where the report's error lies
// in such a column, nothing is.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { RequestRowKey } from '../../shared/model/report'
import { HEAD, KEYS, ROWS } from './requests-fixture'

const A: RequestRowKey = 'unavailable.unclearAfterCorrection'
const B: RequestRowKey = 'notProcessed.petition'

/** The fixture with A all 0, B = 1 in 自然人, and `slip` added to （七）总计 and 一 in one column and 总计 (the report's error). */
function table(slip: number): Map<RequestRowKey, number[]> {
  const rows = new Map([...ROWS].map(([k, r]) => [k, [...r]]))
  const b = [1, 0, 0, 0, 0, 0, 1]
  const delta = b.map((x, c) => x - rows.get(A)![c]! - rows.get(B)![c]!)
  rows.set(A, [0, 0, 0, 0, 0, 0, 0])
  rows.set(B, b)
  for (const k of ['handledTotal', 'received'] as const) {
    const r = rows.get(k)!
    delta.forEach((d, c) => (r[c] = r[c]! + d))
    r[slip] = r[slip]! + 1
    r[6] = r[6]! + 1
  }
  return rows
}
const printed = (rows: Map<RequestRowKey, number[]>): string => {
  const out = [HEAD]
  for (const k of KEYS) {
    if (k === A) out.push(REQUEST_ROW_LABELS[A], REQUEST_ROW_LABELS[B], [...rows.get(A)!, ...rows.get(B)!].join(' '))
    else if (k !== B) out.push(`${REQUEST_ROW_LABELS[k]} ${rows.get(k)!.join(' ')}`)
  }
  return out.join('\n')
}

describe('row or column reading decided column by column', () => {
  it('the report\'s error in 其他: 自然人 and 社会公益组织 decide, the row reading is read', () => {
    const rows = table(5)
    const got = parseRequestsTable(printed(rows))
    expect(got.rows[B]).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(got.rows[A]).toEqual([0, 0, 0, 0, 0, 0, 0])
  })

  it('the report\'s error in 自然人, where the readings differ: those cells stay unread, with a note', () => {
    const got = parseRequestsTable(printed(table(0)))
    expect(got.rows[B]?.[0] ?? null).toBeNull()
    expect(got.rows[B]?.[3] ?? null).toBeNull()
    expect(got.notes.some((n) => n.field === `requests.${B}`)).toBe(true)
  })
})
