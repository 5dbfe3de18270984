// Table 四 one or two numbers short of 15, each standing apart (review 11 R11-4: a LibreOffice PDF cut
// the wide table at the page edge, so its last cell 「１９」 is missing). Before, 「１２」 was cut 1 | 2 to
// fill the row, and the sums held by chance (1 + 2 + 2 + 0 = 5): read as proven, 4 wrong cells.
import { describe, expect, it } from 'vitest'
import { parseReviewTable } from '../../shared/extract/review-table'

const HEAD = ['行政复议 行政诉讼', '未经复议直接起诉 复议后起诉', '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计']

describe('table 四 with a cell cut off at the page edge', () => {
  it('cuts no number that stands apart to fill the row: unread with a note', () => {
    const got = parseReviewTable([...HEAD, '０   ２     ８     １   １１   ０   ５   １２    ５   ２２ １２     ２     ０         ５'].join('\n'))
    const read = [...(got.table.review ?? []), ...(got.table.litigationDirect ?? []), ...(got.table.litigationAfterReview ?? [])]
    expect(read.filter((v) => v !== null)).toEqual([])
    expect(got.notes.some((n) => n.field.startsWith('reviewLitigation'))).toBe(true)
  })
  it('still reads the fifteen cells when all are there', () => {
    const got = parseReviewTable([...HEAD, '0 2 8 1 11 0 5 12 5 22 12 2 0 5 19'].join('\n'))
    expect(got.table).toEqual({ review: [0, 2, 8, 1, 11], litigationDirect: [0, 5, 12, 5, 22], litigationAfterReview: [12, 2, 0, 5, 19] })
  })
})
