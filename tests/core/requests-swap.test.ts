// Rows of one template group printed in another order (review-s7 §2): the table's sums are the same
// under any order of rows that add into the same total (all outcome rows into （七）总计), so they
// prove no such row's place. Rows met by their own label read; rows placed by position or by a
// group of labels in another order than the template's stay unread, with a note, never swapped.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { proveRequestRows, swapAlsoHolds } from '../../shared/extract/requests-proof'
import { REQUEST_ROW_LABELS, requestRowsOf } from '../../shared/model/template-labels'
import type { RequestRow, RequestRowKey } from '../../shared/model/report'

const ROWS: Partial<Record<RequestRowKey, number[]>> = {
  received: [120, 30, 1, 2, 5, 3, 161],
  carriedOver: [4, 1, 0, 0, 0, 0, 5],
  granted: [50, 12, 1, 0, 2, 1, 66],
  partiallyGranted: [20, 6, 0, 1, 0, 0, 27],
  'withheld.stateSecret': [0, 0, 0, 0, 0, 0, 0],
  'withheld.prohibitedByLaw': [1, 0, 0, 0, 0, 0, 1],
  'withheld.securityStability': [0, 0, 0, 0, 0, 0, 0],
  'withheld.thirdPartyRights': [2, 1, 0, 0, 0, 0, 3],
  'withheld.internalAffairs': [3, 1, 0, 0, 0, 0, 4],
  'withheld.processInformation': [4, 0, 0, 0, 0, 1, 5],
  'withheld.enforcementFiles': [0, 0, 0, 0, 0, 0, 0],
  'withheld.administrativeQuery': [1, 0, 0, 0, 0, 0, 1],
  'unavailable.notHeld': [25, 7, 0, 1, 2, 0, 35],
  'unavailable.needsCreation': [2, 1, 0, 0, 0, 0, 3],
  'unavailable.unclearAfterCorrection': [1, 0, 0, 0, 0, 0, 1],
  'notProcessed.petition': [3, 0, 0, 0, 1, 0, 4],
  'notProcessed.duplicate': [2, 1, 0, 0, 0, 0, 3],
  'notProcessed.publication': [0, 0, 0, 0, 0, 0, 0],
  'notProcessed.massRepeated': [1, 0, 0, 0, 0, 0, 1],
  'notProcessed.confirmOrReissue': [0, 0, 0, 0, 0, 0, 0],
  'otherHandling.noCorrection': [2, 1, 0, 0, 0, 0, 3],
  'otherHandling.feeUnpaid': [0, 0, 0, 0, 0, 0, 0],
  'otherHandling.other': [1, 0, 0, 0, 0, 1, 2],
  handledTotal: [118, 30, 1, 2, 5, 3, 159],
  carriedForward: [6, 1, 0, 0, 0, 0, 7],
}
const KEYS = requestRowsOf('2021')
const HEAD = '申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计'

/** One line per row, label then cells; `label` may rewrite a row's printed label. */
function table(order: RequestRowKey[], label: (k: RequestRowKey) => string = (k) => REQUEST_ROW_LABELS[k]): string {
  return [HEAD, ...order.map((k) => `${label(k)} ${ROWS[k]!.join(' ')}`)].join('\n')
}
const swapped = (a: RequestRowKey, b: RequestRowKey): RequestRowKey[] => KEYS.map((k) => (k === a ? b : k === b ? a : k))

describe('rows of one group in another order', () => {
  it('the fixture adds up (every identity holds)', () => {
    for (let c = 0; c < 7; c++) {
      const outcomes = KEYS.filter((k) => !['received', 'carriedOver', 'handledTotal', 'carriedForward'].includes(k)).reduce((a, k) => a + ROWS[k]![c]!, 0)
      expect(outcomes).toBe(ROWS.handledTotal![c])
      expect(ROWS.received![c]! + ROWS.carriedOver![c]!).toBe(ROWS.handledTotal![c]! + ROWS.carriedForward![c]!)
    }
  })

  it('reads swapped rows by their own labels', () => {
    const got = parseRequestsTable(table(swapped('notProcessed.duplicate', 'notProcessed.massRepeated')))
    expect(got.rows['notProcessed.duplicate']).toEqual(ROWS['notProcessed.duplicate'])
    expect(got.rows['notProcessed.massRepeated']).toEqual(ROWS['notProcessed.massRepeated'])
  })

  it('leaves swapped rows with unknown labels unread, with a note: the sums hold under either order', () => {
    const unknown = (k: RequestRowKey): string => (k === 'notProcessed.duplicate' ? '2.甲乙' : k === 'notProcessed.massRepeated' ? '4.丙丁戊' : REQUEST_ROW_LABELS[k])
    const got = parseRequestsTable(table(swapped('notProcessed.duplicate', 'notProcessed.massRepeated'), unknown))
    expect(got.rows['notProcessed.duplicate']).toEqual(Array(7).fill(null))
    expect(got.rows['notProcessed.massRepeated']).toEqual(Array(7).fill(null))
    expect(got.notes.some((n) => n.field === 'requests.notProcessed.duplicate')).toBe(true)
    expect(got.notes.some((n) => n.field === 'requests.notProcessed.massRepeated')).toBe(true)
    // The rows met by their labels still read.
    expect(got.rows['notProcessed.publication']).toEqual(ROWS['notProcessed.publication'])
    expect(got.rows.handledTotal).toEqual(ROWS.handledTotal)
  })

  it('reads one row with an unknown label where it is the only row the sums must place', () => {
    const unknown = (k: RequestRowKey): string => (k === 'notProcessed.duplicate' ? '2.甲乙' : REQUEST_ROW_LABELS[k])
    const got = parseRequestsTable(table(KEYS, unknown))
    expect(got.rows['notProcessed.duplicate']).toEqual(ROWS['notProcessed.duplicate'])
    expect(got.how['notProcessed.duplicate']).toBe('sums')
  })

  it('leaves rows unread whose labels are printed as a group in another order than their numbers could follow', () => {
    const a: RequestRowKey = 'withheld.thirdPartyRights'
    const b: RequestRowKey = 'withheld.internalAffairs'
    // pdftotext of a wrapped label column: the two labels, then the two rows of numbers, in the printed order (b first).
    const lines = [HEAD, ...KEYS.flatMap((k) => (k === a ? [REQUEST_ROW_LABELS[b], REQUEST_ROW_LABELS[a], ROWS[b]!.join(' '), ROWS[a]!.join(' ')] : k === b ? [] : [`${REQUEST_ROW_LABELS[k]} ${ROWS[k]!.join(' ')}`]))]
    const got = parseRequestsTable(lines.join('\n'))
    for (const k of [a, b]) expect([k, got.rows[k]]).toSatisfy(([, r]: [string, RequestRow | undefined]) => r === undefined || r.every((x) => x === null) || JSON.stringify(r) === JSON.stringify(ROWS[k]))
    expect(got.rows[a]?.[0] ?? null).not.toBe(ROWS[b]![0])
  })

  it('swapAlsoHolds: outcome rows exchange freely under the sums; equal rows and 新收/总计 do not count', () => {
    const rows = Object.fromEntries(KEYS.map((k) => [k, ROWS[k]!])) as Partial<Record<RequestRowKey, RequestRow>>
    expect(swapAlsoHolds(['notProcessed.duplicate', 'notProcessed.massRepeated'], rows)).toBe(true)
    expect(swapAlsoHolds(['withheld.stateSecret', 'withheld.securityStability'], rows)).toBe(false)
    expect(swapAlsoHolds(['received', 'handledTotal'], rows)).toBe(false)
    expect(swapAlsoHolds(['received', 'carriedOver'], rows)).toBe(true)
  })
})

describe('cells left open by the solver are unknown in the sums, not 0 (review-s7 §7)', () => {
  const zeros = [0, 0, 0, 0, 0, 0, 0]
  const rows = (): Partial<Record<RequestRowKey, RequestRow>> => Object.fromEntries(KEYS.map((k) => [k, k === 'handledTotal' ? [...zeros] : k === 'received' || k === 'carriedOver' || k === 'carriedForward' ? [...zeros] : Array(7).fill(null)]))
  const placed = [{ key: 'handledTotal' as const, placement: 'position' as const, group: 1 }]

  it('a row of zeros placed by position is proven where the outcome rows are printed blank', () => {
    const got = proveRequestRows(rows(), placed, [])
    expect(got.how.handledTotal).toBe('sums')
  })

  it('but not where those cells are unread (their readings open): the row stays unread, with a note', () => {
    const unknown = new Set(KEYS.filter((k) => k.includes('.') || k === 'granted' || k === 'partiallyGranted').flatMap((k) => [0, 1, 2, 3, 4, 5, 6].map((c) => `${k}:${c}`)))
    const notes: { field: string; message: string }[] = []
    const got = proveRequestRows(rows(), placed, notes, unknown)
    expect(got.how.handledTotal).toBeUndefined()
    expect(got.rows.handledTotal).toEqual(Array(7).fill(null))
    expect(notes.some((n) => n.field === 'requests.handledTotal')).toBe(true)
  })
})
