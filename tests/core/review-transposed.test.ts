// Table 四 printed transposed (a row per result, a column per group): not read as the template's
// row, and the note says why (review rv16 h10: the note blamed header words among the numbers).
import { describe, expect, it } from 'vitest'
import { transposedReviewNote } from '../../shared/extract/review-transposed'
import { read, report, table3, table4 } from './report-text'

const TRANSPOSED = ['项目\t行政复议\t行政诉讼', '未经复议直接起诉\t复议后起诉', '结果维持\t2\t1\t0', '结果纠正\t1\t0\t1', '其他结果\t0\t0\t0', '尚未审结\t1\t1\t0', '总计\t4\t2\t1']

describe('table 四 transposed', () => {
  it('is left unread with a note naming the shape', () => {
    const ex = read(report(table3(1), TRANSPOSED))
    expect(ex.report.reviewLitigation.review).toBeNull()
    expect(ex.report.reviewLitigation.litigationDirect).toBeNull()
    expect(ex.notes.find((n) => n.field === 'reviewLitigation')?.message).toMatch(/行列转置/)
  })
  it('is not seen in a table 四 of the template, nor in its header words a cell per line', () => {
    expect(transposedReviewNote(table4(1).join('\n'))).toBeNull()
    expect(transposedReviewNote(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '1', '0', '0', '0', '1'].join('\n'))).toBeNull()
    const ex = read(report(table3(1), table4(1)))
    expect(ex.report.reviewLitigation.review).toEqual([1, 0, 0, 0, 1])
  })
})
