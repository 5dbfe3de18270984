// Review rv24 Y_V02 (HTML → DOCX → PDF → `pdftotext -layout`): table 四 printed as two tables, cells
// 「8（件）」; the 总计 cells wrap (「22」 over 「（件）」) and come out on the line above the other cells:
// 「22 11 26」 over 「8 5 0 9 6 9 0」. Read in text order the groups were 22 11 26 8 5 | 0 9 6 9 0.
// Now every merge of the lines keeping each line's order is a reading; the group sums choose.
import { describe, expect, it } from 'vitest'
import { parseReviewTable } from '../../shared/extract/review-table'

const HEAD = `四、政府信息公开行政复议、行政诉讼情况

行政复议

结果维持          结果纠正         其他结果         尚未审结         总计

1（件）          3（件）         0（件）         2（件）         6（件）

行政诉讼

未经复议直接起诉                          复议后起诉

结果维    结果纠    其他结    尚未审          结果维   结果纠    其他结   尚未审
                           总计                                总计
持      正      果      结            持     正      果     结
`

describe('table 四 printed as separate tables, a run broken over lines out of order', () => {
  it('reads the one order whose group sums hold (totals printed on the line above)', () => {
    // direct 7 4 0 12 | 23, after 5 8 0 1 | 14: the totals 23 and 14 on the line above
    const text = `${HEAD}
                           23                        14
7（件） 4（件） 0（件） 12（件）               5（件） 8（件） 0（件） 1（件）
                           （件）                       （件）
`
    const got = parseReviewTable(text)
    expect(got.table.review).toEqual([1, 3, 0, 2, 6])
    expect(got.table.litigationDirect).toEqual([7, 4, 0, 12, 23])
    expect(got.table.litigationAfterReview).toEqual([5, 8, 0, 1, 14])
  })

  it('never reads the text order where other orders hold the sums too; unread cells are noted', () => {
    // direct 8 5 0 9 | 22, after 6 9 0 11 | 26 (Y_V02, 11 wrapped with the totals): several orders hold
    const text = `${HEAD}
                           22                        11      26
8（件） 5（件） 0（件） 9（件）               6（件） 9（件） 0（件）
                           （件）                       （件）     （件）
`
    const got = parseReviewTable(text)
    const truth = { litigationDirect: [8, 5, 0, 9, 22], litigationAfterReview: [6, 9, 0, 11, 26] }
    for (const g of ['litigationDirect', 'litigationAfterReview'] as const) {
      const row = got.table[g] ?? []
      row.forEach((x, c) => expect(x === null || x === truth[g][c]).toBe(true))
      if (row.some((x) => x === null)) expect(got.notes.some((n) => n.field === `reviewLitigation.${g}`)).toBe(true)
    }
    expect(got.table.litigationDirect).not.toEqual([22, 11, 26, 8, 5])
  })
})
