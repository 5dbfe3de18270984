// Table 四 printed with 「—」 for 0 and single spaces (review rv19 #16): 「— 1 —」 inside the row was taken
// for an inline page marker and blanked, so the table read 12 numbers and was refused.
import { describe, expect, it } from 'vitest'
import { parseReviewTable } from '../../shared/extract/review-table'
import { blankInlinePageMarkers } from '../../shared/extract/inline-page-markers'

const head = '行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n'

describe('dash cells with single spaces', () => {
  it('reads 「2 — — — 2 — — — 3 3 — — — — —」 as fifteen cells', () => {
    const p = parseReviewTable(head + '2 — — — 2 — — — 3 3 — — — — —')
    expect(p.table).toEqual({ review: [2, 0, 0, 0, 2], litigationDirect: [0, 0, 0, 3, 3], litigationAfterReview: [0, 0, 0, 0, 0] })
  })
  it('a page marker inside prose is still blanked', () => {
    expect(blankInlinePageMarkers('全年收到申请33466— 4 —条')).toBe('全年收到申请33466     条')
    expect(blankInlinePageMarkers('— 4 —')).toBe('     ')
  })
  it('a marker beside cells across a space stays', () => {
    expect(blankInlinePageMarkers('0 — 4 — 0')).toBe('0 — 4 — 0')
  })
})
