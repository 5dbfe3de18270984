// Table 三 printed by a crawler that drops blank cells and runs the digits together: rows are cut
// only where the table's column identities (三（七）总计 = the outcome rows, 一 + 二 = （七） + 四)
// leave one reading; a row that fits its total only with a dropped blank is never read on its row
// sum alone; rows whose labels come together before one run of digits are cut together.
import { describe, expect, it } from 'vitest'
import type { RequestRow, RequestRowKey } from '../../shared/model/report'
import { requestRowsOf } from '../../shared/model/template-labels'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { feasibleReadings } from '../../shared/extract/requests-feasible'
import { CRAWLED_REQUESTS_HEAD, crawledRequests } from '../support/crawled-requests'

const HEAD = CRAWLED_REQUESTS_HEAD
const zero = (): RequestRow => [0, 0, 0, 0, 0, 0, 0]

/** A 2021 table as a crawler prints it: each label, then its cells' digits with blank (zero) cells left out. */
function crawled(rows: Partial<Record<RequestRowKey, RequestRow>>, unit = ''): string {
  return crawledRequests(rows, (v) => (v === 0 ? '' : `${v}${unit}`))
}

/** A table whose identities hold: 一 + 二 = （七） + 四, （七） = the outcome rows. */
const TRUE_ROWS: Partial<Record<RequestRowKey, RequestRow>> = {
  received: [7, 2, 1, 1, 1, 1, 13],
  carriedOver: [1, 0, 0, 0, 0, 0, 1],
  granted: [5, 2, 0, 0, 0, 1, 8],
  partiallyGranted: [0, 0, 1, 0, 0, 0, 1],
  'withheld.thirdPartyRights': [1, 0, 0, 0, 0, 0, 1],
  'unavailable.notHeld': [1, 0, 0, 1, 1, 0, 3],
  handledTotal: [7, 2, 1, 1, 1, 1, 13],
  carriedForward: [1, 0, 0, 0, 0, 0, 1],
}
const truth = (k: RequestRowKey): RequestRow => (TRUE_ROWS[k] ?? zero()).map((v) => (v === 0 ? null : v))

describe('table 三 with dropped blanks, read by the column identities', () => {
  it('reads rows that fit only with a dropped blank where the identities single them out, and never a wrong cell', () => {
    const got = parseRequestsTable(crawled(TRUE_ROWS))
    let read = 0
    for (const k of requestRowsOf('2021')) {
      const row = got.rows[k]
      if (!row) continue
      row.forEach((v, c) => {
        if (v === null) return
        read++
        expect(v, `${k}[${c}]`).toBe(truth(k)[c])
      })
    }
    // granted "5218" is 5 | 2 | 1 | 8 by its total alone; the column sums place 5 and 2, but the 1 may
    // stand in any of the four columns the other rows leave open: unread, with a note.
    expect(got.rows.granted).toEqual([5, 2, null, null, null, null, 8])
    expect(got.notes.some((n) => n.field === 'requests.granted')).toBe(true)
    expect(got.rows.received).toEqual(truth('received'))
    expect(read).toBeGreaterThanOrEqual(20)
  })
  it('leaves such a row unread, with a note, where the table’s own arithmetic fails', () => {
    // The report's error: 本机关不掌握 counts 4 (2 | 1 | 1) where （七）总计 has room for 3: the outcome rows
    // no longer add up to 总计, while 一 + 二 = （七） + 四 still holds.
    const bad = { ...TRUE_ROWS, 'unavailable.notHeld': [2, 0, 0, 1, 1, 0, 4] }
    const got = parseRequestsTable(crawled(bad))
    expect(got.rows.granted?.some((v) => v !== null) ?? false).toBe(false)
    expect(got.notes.some((n) => n.field === 'requests.granted' && n.message.includes('不成立'))).toBe(true)
  })
  it('cuts one run of digits after several labels into those rows together (a blank row prints only its label)', () => {
    // 1.属于国家秘密 … 3.… print nothing; the run "11" after 4.保护第三方合法权益 is cut with the three.
    const text = crawled(TRUE_ROWS)
    expect(text).toContain('3.危及“三安全一稳定”4.保护第三方合法权益11')
    const got = parseRequestsTable(text)
    // The sums cannot tell which of the four rows holds 1 | 1 (each adds to the same 总计): unread, noted.
    expect(got.rows['withheld.thirdPartyRights']?.[6] ?? null).toBeNull()
    expect(got.notes.some((n) => n.field === 'requests.withheld.thirdPartyRights')).toBe(true)
    // But the table stays whole, so the other rows are still proven by its identities.
    expect(got.rows.granted?.[0]).toBe(5)
  })
})

describe('table 三 with a 小计 column and dropped blanks', () => {
  /** The same table with 小计 (the five organisation columns) printed before 总计. */
  function crawledWithSubtotal(rows: Partial<Record<RequestRowKey, RequestRow>>): string {
    const withSub = Object.fromEntries(Object.entries(rows).map(([k, r]) => [k, [...r!.slice(0, 6), r!.slice(1, 6).reduce((a, b) => a! + b!, 0), r![6]]]))
    return crawled(withSub as Partial<Record<RequestRowKey, RequestRow>>).replace(HEAD, `${HEAD}小计`)
  }
  it('takes the 小计 column out of rows cut together from one run too, so the outcome rows still add up to 总计', () => {
    const text = crawledWithSubtotal(TRUE_ROWS)
    // 1.…3. print nothing: the run after 4.保护第三方合法权益 is cut with the three rows before it.
    expect(text).toContain('3.危及“三安全一稳定”4.保护第三方合法权益11')
    const got = parseRequestsTable(text)
    // Read only by 三（七）总计 = the outcome rows: that identity holds once 小计 is gone from every reading.
    expect(got.rows.granted?.[0]).toBe(5)
    expect(got.notes.some((n) => n.message.includes('不成立'))).toBe(false)
    for (const k of requestRowsOf('2021')) got.rows[k]?.forEach((v, c) => v !== null && expect(v, `${k}[${c}]`).toBe(truth(k)[c]))
  })
})

describe('table 三 with units in its cells and dropped blanks', () => {
  // Every column holds a number somewhere, so the column sums can place each one.
  const ROWS: Partial<Record<RequestRowKey, RequestRow>> = {
    received: [6, 2, 1, 0, 1, 1, 11],
    carriedOver: [1, 0, 0, 1, 0, 0, 2],
    granted: [4, 2, 1, 0, 1, 1, 9],
    partiallyGranted: [0, 0, 0, 1, 0, 0, 1],
    'withheld.thirdPartyRights': [1, 0, 0, 0, 0, 0, 1],
    'unavailable.notHeld': [1, 0, 0, 0, 0, 0, 1],
    handledTotal: [6, 2, 1, 1, 1, 1, 12],
    carriedForward: [1, 0, 0, 0, 0, 0, 1],
  }
  const want = (k: RequestRowKey): RequestRow => (ROWS[k] ?? zero()).map((v) => (v === 0 ? null : v))
  it('takes a row one cell short (its 件 keep the cells apart) for one more dropped blank, so the column sums still apply', () => {
    const text = crawled(ROWS, '件')
    expect(text).toContain('（一）予以公开4件2件1件1件1件9件')
    const got = parseRequestsTable(text)
    // （一）予以公开 has six cells: before, its missing cell was unknown in every column, so
    // （七）总计 = the outcome rows could be checked in none and no other outcome row was proven.
    // (Which of columns 2–5 holds each 1 the sums leave open: （二）部分公开's 1 may trade places with the gap.)
    expect([got.rows.granted?.[0], got.rows.granted?.[1], got.rows.granted?.[6]]).toEqual([4, 2, 9])
    for (const k of requestRowsOf('2021')) got.rows[k]?.forEach((v, c) => v !== null && expect(v, `${k}[${c}]`).toBe(want(k)[c]))
  })
  it('gives whole cells after several bare labels to the last of them, where the table’s identities then hold', () => {
    const text = crawled(ROWS, '件')
    // 1.…3.其他 are blank rows that print only their labels, right before （七）总计 and its cells.
    expect(text).toContain('3.其他（七）总计6件2件1件1件1件1件12件')
    const got = parseRequestsTable(text)
    expect(got.rows.handledTotal).toEqual(want('handledTotal'))
    expect(got.how.handledTotal).toBe('sums')
    expect(got.rows['otherHandling.other']?.some((v) => v !== null)).toBe(false)
  })
})

describe('feasibleReadings', () => {
  const rows = (over: Partial<Record<RequestRowKey, RequestRow[]>>): { key: RequestRowKey; candidates: RequestRow[] }[] =>
    requestRowsOf('2021').map((key) => ({ key, candidates: over[key] ?? [zero()] }))
  it('keeps only the readings of a row that the outcome rows’ sum to 总计 allows', () => {
    const f = feasibleReadings(rows({ granted: [[3, 0, 0, 0, 0, 0, 3], [0, 3, 0, 0, 0, 0, 3]], handledTotal: [[0, 3, 0, 0, 0, 0, 3]], received: [[0, 3, 0, 0, 0, 0, 3]] }))
    expect(f.kind).toBe('proven')
    if (f.kind === 'proven') expect(f.keep.get('granted')).toEqual([[0, 3, 0, 0, 0, 0, 3]])
  })
  it('says none where no reading makes the identities hold', () => {
    const f = feasibleReadings(rows({ granted: [[3, 0, 0, 0, 0, 0, 3]], handledTotal: [[4, 0, 0, 0, 0, 0, 4]], received: [[3, 0, 0, 0, 0, 0, 3]] }))
    // The flow identity (一 + 二 = （七） + 四) fails as well, so neither holds on its own.
    expect(f.kind).toBe('none')
  })
  it('reads by the identity that holds where the report breaks the other', () => {
    const f = feasibleReadings(rows({ granted: [[3, 0, 0, 0, 0, 0, 3]], handledTotal: [[4, 0, 0, 0, 0, 0, 4]], received: [[4, 0, 0, 0, 0, 0, 4], [0, 4, 0, 0, 0, 0, 4]] }))
    expect(f.kind).toBe('proven')
    if (f.kind === 'proven') {
      expect(f.keep.get('received')).toEqual([[4, 0, 0, 0, 0, 0, 4]])
      expect(f.checked.has('granted')).toBe(false)
    }
  })
})
