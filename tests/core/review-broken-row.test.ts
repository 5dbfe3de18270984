// Table 四's one data row broken over several lines, several numbers a line (pdftotext -layout of a
// LibreOffice PDF whose header cells are wrapped in narrow columns; review rv13): the text's order is
// not the cells' order (「11 0 0」 then 「11 0 0 0 0 0 0」 for 11 0 0 0 11 | 0 0 0 0 0). Where a group's
// total then fails, that is no proof of the report's own slip: nothing is read, with a note. On one
// line, or a cell a line, a failing total is still the report's own and kept as printed.
import { describe, expect, it } from 'vitest'
import { parseReviewTable } from '../../shared/extract/review-table'

const HEAD = [
  '四、政府信息公开行政复议、行政诉讼情况',
  ' 行政复议           行政诉讼',
  ' 结果维持  结果纠正  其他结果  尚未审结  总计  未经复议直接起诉         复议后起诉',
  '                    结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计',
]

describe('table 四, the data row broken over lines', () => {
  it('leaves the table unread where a group fails in the broken order', () => {
    const got = parseReviewTable([...HEAD, ' 36    0      0 9 45', '                    9   0   0', '                            9   0       0   0   0   0   0'].join('\n'))
    for (const g of ['review', 'litigationDirect', 'litigationAfterReview'] as const) expect(got.table[g]?.every((x) => x === null) ?? true).toBe(true)
    expect(got.notes.some((n) => n.field === 'reviewLitigation' && n.message.includes('多行'))).toBe(true)
  })

  it('lets no other column order be chosen by the sums of a broken row (the header shows the template\'s)', () => {
    // In the broken order 「5 0 0 0 5 | 2 0 0 2 0」 the groups add up only if 总计 came first: no proof.
    const got = parseReviewTable([...HEAD, ' 5    0    0    0    5', '                    2   0   0', '                            2   0       0   0   0   0   0'].join('\n'))
    for (const g of ['review', 'litigationDirect', 'litigationAfterReview'] as const) expect(got.table[g]?.every((x) => x === null) ?? true).toBe(true)
    expect(got.notes.some((n) => n.field === 'reviewLitigation')).toBe(true)
  })

  it('reads the broken row where every group holds', () => {
    const got = parseReviewTable([...HEAD, ' 36    0      0 9 45', '                    9   0   0', '                            0   9       0   0   0   0   0'].join('\n'))
    expect(got.table).toEqual({ review: [36, 0, 0, 9, 45], litigationDirect: [9, 0, 0, 0, 9], litigationAfterReview: [0, 0, 0, 0, 0] })
  })

  it('keeps a failing total on one line as printed (the report\'s own slip)', () => {
    const got = parseReviewTable([...HEAD, ' 36 0 0 9 45 9 0 0 9 0 0 0 0 0 0'].join('\n'))
    expect(got.table.litigationDirect).toEqual([9, 0, 0, 9, 0])
  })
})
