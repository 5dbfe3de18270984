// Table 四's value row as a line of numbers set apart by spaces, under a header whose narrow cells
// LibreOffice clipped (vertical 结果维持 … printed as 「果结」, the 行政诉讼 sub-headings lost): review rv18
// o14, 「表四在其表头之后没有读到数字」 with the row right under the header. A whole row whose group
// totals hold is read; a few spaced digits (one number spread) or fifteen that fail the totals are not.
import { describe, expect, it } from 'vitest'
import { parseReviewTable } from '../../shared/extract/review-table'

const HEAD = ['行政复议行政诉讼', '果结果结他其未尚计总未经复议直接起诉复议后起诉']
const cellsOf = (got: ReturnType<typeof parseReviewTable>): (number | null)[] => [...(got.table.review ?? []), ...(got.table.litigationDirect ?? []), ...(got.table.litigationAfterReview ?? [])]

describe('table 四: a spaced value row under a clipped header', () => {
  it('reads the fifteen cells whose group totals hold', () => {
    const got = parseReviewTable([...HEAD, '7 3 2 1 13 4 1 0 2 7 1 0 1 1 3'].join('\n'))
    expect(got.table).toEqual({ review: [7, 3, 2, 1, 13], litigationDirect: [4, 1, 0, 2, 7], litigationAfterReview: [1, 0, 1, 1, 3] })
  })
  it('reads nothing from fifteen spaced numbers whose totals fail (blanks beside a spread number)', () => {
    const got = parseReviewTable([...HEAD, '7 3 2 1 1 3 4 1 2 7 1 1 1 3 5'].join('\n'))
    expect(cellsOf(got).filter((v) => v !== null)).toEqual([])
    expect(got.notes.some((n) => n.field.startsWith('reviewLitigation'))).toBe(true)
  })
  it('reads nothing from a few spaced digits (one number spread)', () => {
    const got = parseReviewTable([...HEAD, '1 2 7 4 8'].join('\n'))
    expect(cellsOf(got).filter((v) => v !== null)).toEqual([])
  })
})
