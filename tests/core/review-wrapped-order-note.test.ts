// Table 四 of a text-only OFD whose headings wrap over several lines (「结果 / 维持」, 「未经复议 /
// 直接起诉」 with 「复议后起诉」 on a line of its own between them): the header's text allows both orders
// of the two litigation groups, and where the data row is not one number a cell (「3件———」, dashes
// run together) the table is left unread. The note said 「表四表头的列序与模板不同」 — false: the
// columns are the template's, only the text cannot show which litigation group comes first (o34 O1).
import { describe, expect, it } from 'vitest'
import { parseReviewTable } from '../../shared/extract/review-table'

const HEADER = ['行政复议行政诉讼', '结果结果其他尚未总未经复议', '复议后起诉', '维持纠正结果审结计直接起诉', '结果结果其他尚未总结果结果其他尚未总', '维持纠正结果审结计维持纠正结果审结计']

describe('table 四 under wrapped headings that allow two group orders', () => {
  it('says the order cannot be told, never that it differs from the template', () => {
    const read = parseReviewTable([...HEADER, '3件——— 3件——————————', ''].join('\n'))
    const notes = read.notes.map((n) => n.message)
    expect(notes.some((m) => m.includes('列序与模板不同'))).toBe(false)
    expect(notes).toContain('表四表头「未经复议直接起诉」与「复议后起诉」的列名与结果列名连排或分在多行，文字的先后不表示两组的先后，可有 2 种列序，而数字不是一格一数，未读取。')
  })

  it('reads every cell the two orders agree on where the row is one number a cell', () => {
    const read = parseReviewTable([...HEADER, '3 0 0 0 3 1 0 0 0 1 0 0 0 0 0', ''].join('\n'))
    expect(read.table.review).toEqual([3, 0, 0, 0, 3])
    expect(read.notes.map((n) => n.message).join('\n')).toContain('文字的先后不表示两组的先后，可有 2 种列序')
  })
})
