// Table 三 with each row's numbers printed BEFORE its label (pdftotext without -layout, review-s8 §0),
// never read as the next row's numbers "by label".
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { requestColumnMap } from '../../shared/extract/requests-columns'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import { HEAD, KEYS, ROWS } from './requests-fixture'

describe('numbers printed before their labels', () => {
  it('are read where only that pairing satisfies every identity', () => {
    const text = [HEAD, ...KEYS.flatMap((k) => [ROWS.get(k)!.join('\n'), REQUEST_ROW_LABELS[k]])].join('\n')
    const got = parseRequestsTable(text)
    for (const k of KEYS) expect([k, got.rows[k]]).toEqual([k, ROWS.get(k)])
  })

  it('are left unread, with a note, where neither pairing satisfies every identity', () => {
    // The same table with one number changed in 一、本年新收 (the report's own error, or a misreading).
    const bad = new Map(ROWS)
    bad.set('received', [...ROWS.get('received')!.slice(0, 6), ROWS.get('received')![6]! + 1])
    const text = [HEAD, ...KEYS.flatMap((k) => [bad.get(k)!.join('\n'), REQUEST_ROW_LABELS[k]])].join('\n')
    const got = parseRequestsTable(text)
    for (const k of KEYS) expect([k, got.rows[k]?.every((x) => x === null) ?? true]).toEqual([k, true])
    expect(got.notes.some((n) => n.field === 'requests' && n.message.includes('行名之前还是之后'))).toBe(true)
  })

  it('leave the ordinary reading alone (cells after their labels)', () => {
    const text = [HEAD, ...KEYS.map((k) => `${REQUEST_ROW_LABELS[k]} ${ROWS.get(k)!.join(' ')}`)].join('\n')
    const got = parseRequestsTable(text)
    for (const k of KEYS) expect([k, got.rows[k]]).toEqual([k, ROWS.get(k)])
    expect(got.how.received).toBe('label')
  })
})

describe('a header broken into pieces (PDF stream order)', () => {
  it('gives no column order: an order other than the template\'s from pieces 商业企 / 业 leaves the rows unread', () => {
    const header = ['法人或其他组织', '自然人', '商业企', '业', '科研机', '构', '社会公益', '组织', '总计', '法律服务', '其他', '机构'].join('\n')
    const map = requestColumnMap(header)
    expect(map.kind).toBe('refused')
    if (map.kind === 'refused') expect(map.message).toContain('拆成多行')
  })

  it('whole headings one per line (a crawled page\'s cells) still give their order', () => {
    const header = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '自然人', '总计'].join('\n')
    expect(requestColumnMap(header)).toEqual({ kind: 'labels', printed: [1, 2, 3, 4, 5, 0, 6] })
  })
})
