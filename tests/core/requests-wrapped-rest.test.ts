// Review 10 R10-2: a cell that wraps in a narrow PDF column (「0件」 → 「0」 over 「件」, 「390（195）」 →
// 「390」 over 「（195）」), seen in `pdftotext -layout` text: the row's cells run onto the next line among
// the wrapped rests, their order is lost, and the row fails its own total. Such a row is not proven:
// left empty with a note. So is one whose next line is a number alone (a text-only OFD without grid
// paths: 「１０３」 wrapped in its narrow 总计 cell, 「３」 read as the row's seventh number, rv21 A).
// A failing row on one line (the report's own slip) still stands.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { RequestRowKey } from '../../shared/model/report'
import { HEAD, KEYS, ROWS } from './requests-fixture'

const line = (k: RequestRowKey, cells = ROWS.get(k)!): string => `${REQUEST_ROW_LABELS[k]}   ${cells.join(' ')}`

/** 一、本年新收 with its 总计 cell wrapped: the last two cells' order swapped, and `rest` on the next line. */
function wrapped(rest: (total: number) => string): string {
  const r = ROWS.get('received')!
  return `${REQUEST_ROW_LABELS.received}   ${r.slice(0, 5).join(' ')}   ${r[6]}\n            ${rest(r[5]!)}`
}

describe('a label-read row whose cells wrap onto the next line and fail its total', () => {
  it('is left empty with a note when the next line holds a unit alone (「0 （件）」)', () => {
    const got = parseRequestsTable([HEAD, ...KEYS.map((k) => (k === 'received' ? wrapped((x) => `${x} （件）`) : line(k)))].join('\n'))
    expect(got.rows.received?.every((x) => x === null) ?? true).toBe(true)
    expect(got.how.received).toBeUndefined()
    expect(got.notes.find((n) => n.field === 'requests.received')?.message).toContain('被折行的单元格余部')
    expect(got.rows.carriedOver).toEqual(ROWS.get('carriedOver'))
  })

  it('is left empty when the next line holds a bracketed sub-count (「16 （195）」)', () => {
    const got = parseRequestsTable([HEAD, ...KEYS.map((k) => (k === 'received' ? wrapped((x) => `${x} （195）`) : line(k)))].join('\n'))
    expect(got.rows.received?.every((x) => x === null) ?? true).toBe(true)
  })

  it('is left empty when the next line holds one number alone under cells side by side (a wrapped number\'s rest: 「１０」 over 「３」)', () => {
    const plain = parseRequestsTable([HEAD, ...KEYS.map((k) => (k === 'received' ? wrapped((x) => `${x}`) : line(k)))].join('\n'))
    expect(plain.rows.received?.every((x) => x === null) ?? true).toBe(true)
    expect(plain.how.received).toBeUndefined()
    expect(plain.notes.find((n) => n.field === 'requests.received')?.message).toContain('被折行的单元格余部')
    expect(plain.rows.carriedOver).toEqual(ROWS.get('carriedOver'))
  })

  it('stands (for the checks) where the row is on one line', () => {
    const slip = (k: RequestRowKey): number[] => (k === 'carriedOver' ? [1, 0, 0, 0, 0, 0, 2] : ROWS.get(k)!)
    const oneLine = parseRequestsTable([HEAD, ...KEYS.map((k) => `${line(k, slip(k))}\n（件）`)].join('\n'))
    expect(oneLine.rows.carriedOver).toEqual([1, 0, 0, 0, 0, 0, 2])
  })
})
