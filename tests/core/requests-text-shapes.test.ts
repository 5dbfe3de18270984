// Table 三 as plain text prints it in shapes where a row's label does not tell which numbers are its
// own (review 9, F1–F3, F7): labels in a block and their numbers column by column, a header with
// 总计 first whose note wraps over two lines, a crawled page's one-line header in another order,
// a row's wrapped label printed amid its numbers. Each is read where the labels or the sums prove
// it, else left unread with a note — never read "by label" in the template's order.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { requestColumnMap } from '../../shared/extract/requests-columns'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { RequestRowKey } from '../../shared/model/report'
import { HEAD, KEYS, ROWS } from './requests-fixture'
const line = (k: RequestRowKey, cells = ROWS.get(k)!): string => `${REQUEST_ROW_LABELS[k]} ${cells.join(' ')}`
const unread = (got: ReturnType<typeof parseRequestsTable>, k: RequestRowKey): boolean => got.rows[k]?.every((x) => x === null) ?? true

describe('labels in a block, numbers after them', () => {
  // The first four rows as lines of their own; the rest: labels, then numbers row by row or column by column.
  const head = KEYS.slice(0, 4)
  const block = KEYS.slice(4)
  const rowMajor = block.flatMap((k) => ROWS.get(k)!)
  const columnMajor = [0, 1, 2, 3, 4, 5, 6].flatMap((c) => block.map((k) => ROWS.get(k)![c]!))

  it('row by row: read, proven by the rows\' totals (not "by label")', () => {
    const got = parseRequestsTable([HEAD, ...head.map((k) => line(k)), ...block.map((k) => REQUEST_ROW_LABELS[k]), ...rowMajor].join('\n'))
    for (const k of KEYS) expect([k, got.rows[k]]).toEqual([k, ROWS.get(k)])
    expect(got.how.handledTotal).toBe('sums')
    expect(got.how.received).toBe('label')
  })

  it('column by column: read where only that reading satisfies every row total', () => {
    const got = parseRequestsTable([HEAD, ...head.map((k) => line(k)), ...block.map((k) => REQUEST_ROW_LABELS[k]), ...columnMajor].join('\n'))
    for (const k of KEYS) expect([k, got.rows[k]]).toEqual([k, ROWS.get(k)])
    expect(got.how.carriedForward).toBe('sums')
  })

  it('column by column with a row that does not add up (a slip of the report): unread with a note, not read crosswise', () => {
    const bad = block.map((k) => (k === 'carriedForward' ? [2, 0, 0, 0, 0, 0, 3] : ROWS.get(k)!))
    const numbers = [0, 1, 2, 3, 4, 5, 6].flatMap((c) => bad.map((r) => r[c]!))
    const got = parseRequestsTable([HEAD, ...head.map((k) => line(k)), ...block.map((k) => REQUEST_ROW_LABELS[k]), ...numbers].join('\n'))
    for (const k of block) expect([k, unread(got, k) || got.rows[k]!.join() === ROWS.get(k)!.join()]).toEqual([k, true])
    expect(block.some((k) => unread(got, k))).toBe(true)
    expect(got.notes.some((n) => block.some((k) => n.field === `requests.${k}`))).toBe(true)
  })
})

describe('columns in another order than the template\'s', () => {
  const totalFirst = (k: RequestRowKey): number[] => [ROWS.get(k)![6]!, ...ROWS.get(k)!.slice(0, 6)]

  it('总计 first, the header\'s note wrapped over two lines (pdftotext -layout): read by the header\'s labels', () => {
    const header = [
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四 总计 自然 商业 科研 社会公 法律服 其',
      '             项之和）                    人 企业 机构 益组织 务机构 他',
    ].join('\n')
    expect(requestColumnMap(header)).toEqual({ kind: 'labels', printed: [6, 0, 1, 2, 3, 4, 5] })
    const got = parseRequestsTable([header, ...KEYS.map((k) => line(k, totalFirst(k)))].join('\n'))
    for (const k of KEYS) expect([k, got.rows[k]]).toEqual([k, ROWS.get(k)])
  })

  it('总计 first under a header the reader cannot map: no row is kept, the note says why', () => {
    const got = parseRequestsTable(['项目', ...KEYS.map((k) => line(k, totalFirst(k)))].join('\n'))
    for (const k of KEYS) expect([k, unread(got, k)]).toEqual([k, true])
    expect(got.notes.find((n) => n.field === 'requests')?.message).toContain('各类申请人之和不等于该行总计')
  })

  it('a crawled page\'s one-line header (text before it, the rows after it on the same line): its order is read', () => {
    const header = '行政事业性收费 0 三、收到和处理政府信息公开申请情况 （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 自然人 其他 商业企业 科研机构 社会公益组织 法律服务机构 总计 '
    expect(requestColumnMap(header)).toEqual({ kind: 'labels', printed: [0, 5, 1, 2, 3, 4, 6] })
  })
})

describe('a row\'s wrapped label printed amid its numbers (PDF stream order)', () => {
  it('is not read "by label": kept only where the row adds up', () => {
    const k: RequestRowKey = 'otherHandling.feeUnpaid'
    const rows = KEYS.map((x) => (x === k ? `2.申请人逾期未按收费通知要求缴纳费用、\n0\n0 0 2\n行政机关不再处理其政府信息公开申请 1 1 0` : line(x)))
    const got = parseRequestsTable([HEAD, ...rows].join('\n'))
    // Read in stream order the row is 0 0 0 2 1 1 0, which does not add up: unread with a note.
    expect(unread(got, k)).toBe(true)
    expect(got.notes.some((n) => n.field === `requests.${k}`)).toBe(true)
    expect(got.rows.granted).toEqual(ROWS.get('granted'))
  })
})
