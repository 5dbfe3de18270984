// Table 四's columns by their header labels: groups and results printed in another order are read
// by their labels; a header that contradicts the template without a complete map is refused.
import { describe, expect, it } from 'vitest'
import { parseReviewTable } from '../../shared/extract/review-table'
import { reviewColumnMap } from '../../shared/extract/review-columns'

const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
const GROUPS = ['行政复议', '行政诉讼：未经复议直接起诉', '行政诉讼：复议后起诉']
const TRUE = { review: [3, 1, 2, 1, 7], litigationDirect: [2, 0, 1, 3, 6], litigationAfterReview: [1, 0, 0, 1, 2] }
const ROWS = [TRUE.review, TRUE.litigationDirect, TRUE.litigationAfterReview]

function table(groups: number[], results: number[]): string {
  return [
    groups.map((g) => GROUPS[g]).join('\t'),
    groups.flatMap(() => results.map((r) => RESULTS[r])).join('\t'),
    groups.flatMap((g) => results.map((r) => ROWS[g]![r])).join('\t'),
  ].join('\n')
}

describe('table 四 columns by their header labels', () => {
  it('reads groups and results printed in another order by their labels', () => {
    for (const [g, r] of [[[0, 1, 2], [0, 1, 3, 2, 4]], [[1, 2, 0], [0, 1, 2, 3, 4]], [[0, 2, 1], [4, 0, 1, 2, 3]]] as const) {
      const got = parseReviewTable(table([...g], [...r]))
      expect(got.table, `${g} ${r}`).toEqual(TRUE)
    }
    expect(parseReviewTable(table([0, 1, 2], [0, 1, 2, 3, 4])).notes).toEqual([])
  })
  it('reads the two-level header (行政诉讼 over its two groups) by its levels', () => {
    const header = ['行政诉讼\t行政复议', '未经复议直接起诉\t复议后起诉', Array(3).fill(RESULTS.join('\t')).join('\t')].join('\n')
    expect(reviewColumnMap(header)).toEqual({ kind: 'labels', printed: [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0, 1, 2, 3, 4] })
    const template = ['行政复议\t行政诉讼', `${RESULTS.join('\t')}\t未经复议直接起诉\t复议后起诉`, Array(2).fill(RESULTS.join('\t')).join('\t')].join('\n')
    expect(reviewColumnMap(template)).toEqual({ kind: 'template' })
  })
  it('refuses a header that contradicts the template but cannot be mapped', () => {
    const header = `行政复议\t行政诉讼\n维持\t纠正\t尚未审结\t其他`
    expect(reviewColumnMap(header).kind).toBe('refused')
    const got = parseReviewTable(`${header}\n${ROWS.flat().join('\t')}`)
    expect(got.table).toEqual({ review: null, litigationDirect: null, litigationAfterReview: null })
    expect(got.notes[0]!.message).toContain('与模板不同')
  })
})
