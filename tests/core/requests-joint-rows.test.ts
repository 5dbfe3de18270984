// requests-joint-rows.ts: a row of a run read both row by row and column by column holds only the
// cells both readings agree on, and only where every row of both readings adds up to its total.
import { describe, expect, it } from 'vitest'
import { heldByEveryReading } from '../../shared/extract/requests-joint-rows'
import type { RequestRow } from '../../shared/model/report'

// 〇×7 then 4 〇×5 4, two rows: row by row [0…0] [4,0,0,0,0,0,4]; column by column [0…0] [0,0,0,4,0,0,4].
const byRow: RequestRow[] = [[0, 0, 0, 0, 0, 0, 0], [4, 0, 0, 0, 0, 0, 4]]
const byColumn: RequestRow[] = [[0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 4, 0, 0, 4]]
const joint = { readings: [byRow, byColumn], index: 1 }

describe('heldByEveryReading', () => {
  it('holds a row whose open cells are the ones the readings give differently', () => {
    expect(heldByEveryReading([null, 0, 0, null, 0, 0, 4], { joint })).toBe(true)
  })
  it('not where a read cell is one reading only', () => {
    expect(heldByEveryReading([4, 0, 0, null, 0, 0, 4], { joint })).toBe(false)
    expect(heldByEveryReading([null, 0, 0, null, 0, 0, null], { joint })).toBe(false)
  })
  it('not where some row of a reading fails its total', () => {
    const bad = { joint: { readings: [byRow, [[0, 0, 0, 0, 0, 0, 1], [0, 0, 0, 4, 0, 0, 3]] as RequestRow[]], index: 1 } }
    expect(heldByEveryReading([null, 0, 0, null, 0, 0, null], bad)).toBe(false)
  })
  it('not for readings of where dropped blanks go, nor without several readings', () => {
    expect(heldByEveryReading([null, 0, 0, null, 0, 0, 4], { joint, blanks: true })).toBe(false)
    expect(heldByEveryReading([null, 0, 0, null, 0, 0, 4], {})).toBe(false)
  })
})
