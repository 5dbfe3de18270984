// Table 三 whose 总计 column is cut off the page (LibreOffice Writer's PDF of a table wider than the
// page: the PDF reader sees the rulings run into the page edge). Every row shows six numbers: read
// as 自然人 … 其他 where the column identities prove them, 总计 left empty; the notes say the column
// is outside the page, never that a blank cell was not printed.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { tableCutAtRight } from '../../src-main/readers/pdf-layout/cut-table'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { RequestRowKey } from '../../shared/model/report'
import { KEYS, ROWS } from './requests-fixture'

const HEAD6 = '申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他'
const sixCells = (row: (k: RequestRowKey) => number[]): string => [HEAD6, ...KEYS.map((k) => `${REQUEST_ROW_LABELS[k]} ${row(k).slice(0, 6).join(' ')}`)].join('\n')

describe('table 三 with its 总计 column cut off the page', () => {
  it('reads the six columns the identities prove, 总计 empty, and says the column is outside the page', () => {
    const got = parseRequestsTable(sixCells((k) => ROWS.get(k)!), '', { lastColumnCut: true })
    for (const k of KEYS) expect([k, got.rows[k]]).toEqual([k, [...ROWS.get(k)!.slice(0, 6), null]])
    expect(got.how.received).toBe('sums')
    const text = got.notes.map((n) => n.message).join('\n')
    expect(text).toContain('「总计」列超出页面')
    expect(text).not.toContain('空白格未印出')
  })

  it('leaves the table empty, with the same note, where the identities fail on the six columns', () => {
    const slip = (k: RequestRowKey): number[] => (k === 'carriedOver' ? ROWS.get(k)!.map((x, c) => (c === 0 ? x + 5 : x)) : ROWS.get(k)!)
    const got = parseRequestsTable(sixCells(slip), '', { lastColumnCut: true })
    for (const k of KEYS) expect([k, got.rows[k]?.every((x) => x === null) ?? true]).toEqual([k, true])
    expect(got.notes.some((n) => n.field === 'requests.received' && n.message.includes('总计列超出页面'))).toBe(true)
  })

  it('without the reader\'s sign, six numbers a row are still a blank cell not printed (unread)', () => {
    const got = parseRequestsTable(sixCells((k) => ROWS.get(k)!))
    expect(got.notes.map((n) => n.message).join('\n')).not.toContain('超出页面')
  })
})

describe('PDF: a ruled table running into the page\'s right edge', () => {
  const h = (at: number, from: number, to: number) => ({ dir: 'h' as const, at, from, to })
  const v = (at: number, from: number, to: number) => ({ dir: 'v' as const, at, from, to })
  it('is cut when its row rulings reach the edge, even with a column border on the edge', () => {
    expect(tableCutAtRight([h(700, 57, 595.4), h(660, 57, 595.4), h(620, 118, 595.4), v(595, 600, 710)], 595.3)).toBe(true)
  })
  it('is not cut when it ends inside the page margin, or only one or two rules reach the edge', () => {
    expect(tableCutAtRight([h(700, 57, 538), h(660, 57, 538), h(620, 57, 538), v(538, 600, 710)], 595.3)).toBe(false)
    expect(tableCutAtRight([h(800, 0, 595.3), h(40, 0, 595.3)], 595.3)).toBe(false)
  })
})
