// Table 四 printed one cell per line after a page break under its header (a bare page number first)
// with 「总计」 printed among the data before the last total (generator rules page-break:bare-number,
// t4:total-among-data; sweep seed 900203, text-plain: 159 wrong cells in 37 of 38 variants before).
// The 15 numbers before 「总计」 then start with the page number: read as the row, "the report's own
// error", every cell one place off. The sums decide: the window past the header word where every
// group holds is the row; where none holds, nothing is read.
import { describe, expect, it } from 'vitest'
import { parseReviewTable } from '../../shared/extract/review-table'

const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
const HEAD = ['行政复议', '行政诉讼', ...RESULTS, '未经复议直接起诉', '复议后起诉', ...RESULTS, ...RESULTS]
const printed = (cells: (number | string)[][]): string => {
  const flat = cells.flat().map((x) => (x === 0 ? '－' : `${x}件`))
  return [...HEAD, '7', '', ...flat.slice(0, 14), '总计', flat[14]].join('\n')
}

describe('table 四 after a page break, 「总计」 among the data', () => {
  it('the page number is no cell: the window where every group holds is read', () => {
    const got = parseReviewTable(printed([[6, 0, 0, 1, 7], [7, 0, 1, 3, 11], [1, 0, 0, 1, 2]]))
    expect(got.table).toEqual({ review: [6, 0, 0, 1, 7], litigationDirect: [7, 0, 1, 3, 11], litigationAfterReview: [1, 0, 0, 1, 2] })
    expect(got.how).toBe('sums')
  })

  it('a report whose own group sum fails: not read, with a note (not shifted by the page number)', () => {
    const got = parseReviewTable(printed([[2, 2, 1, 1, 7], [7, 0, 1, 1, 9], [1, 0, 0, 0, 1]]))
    for (const g of ['review', 'litigationDirect', 'litigationAfterReview'] as const) expect(got.table[g]?.every((x) => x === null) ?? true).toBe(true)
    expect(got.notes.some((n) => n.field === 'reviewLitigation')).toBe(true)
  })
})

// The sums pick a window of 15 only where what they leave out is on lines of its own (a page number,
// another row): a stray number on the row's own line before a row with the report's own slip made
// the only holding window one place off (review rv19c m2: 「1 0 0 0 1 2 0 0 0 2 2 0 0 0 2 2」 read
// [1,0,0,0,1] for [0,0,0,1,2]).
describe('more than 15 numbers on the row\'s own line', () => {
  const head = '\n行政复议 行政诉讼\n' + [...RESULTS, ...RESULTS, ...RESULTS].join(' ') + '\n'
  it('are not cut to a window by the sums: unread, with a note', () => {
    for (const sep of [' ', '\t']) {
      const got = parseReviewTable(head + '1 0 0 0 1 2 0 0 0 2 2 0 0 0 2 2'.replace(/ /g, sep) + '\n')
      for (const g of ['review', 'litigationDirect', 'litigationAfterReview'] as const) expect(got.table[g]?.every((x) => x === null) ?? true).toBe(true)
      expect(got.notes.some((n) => n.field === 'reviewLitigation')).toBe(true)
    }
  })
  it('a number on a line of its own before the row is still left out', () => {
    const got = parseReviewTable(head + '7\n6 0 0 1 7 7 0 1 3 11 1 0 0 1 2\n')
    expect(got.table).toEqual({ review: [6, 0, 0, 1, 7], litigationDirect: [7, 0, 1, 3, 11], litigationAfterReview: [1, 0, 0, 1, 2] })
  })
})

// Under a 备注 header, a row with a blank cell after a page break (text-grouped, issue 10): the page's
// bare number 「4」, then the remark 「—」 (taken out of the text by flatten: not here), then the 14 printed cells. The footer made the
// 15 and every cell read one place off (remarks-column seed 883302: review [4,4,0,1,1] for [4,0,1,1,6]).
describe('a bare page number before a page break among exactly 15 numbers', () => {
  const head = ['行政复议', '行政诉讼', '备注', ...HEAD.slice(2)].join('\n')
  const page = (cells: string[]): { text: string; at: number } => {
    const before = `${head}\n4\n\f`
    return { text: `${before}${cells.join('\n')}\n`, at: before.length }
  }
  it('where the groups fail with it: unread, with a note naming the page number', () => {
    const { text, at } = page(['4', '0', '1', '1', '6', '7', '0', '1', '0', '8', '0', '0', '0', '1'])
    const got = parseReviewTable(text, [at])
    for (const g of ['review', 'litigationDirect', 'litigationAfterReview'] as const) expect(got.table[g]?.every((x) => x === null) ?? true).toBe(true)
    expect(got.notes.some((n) => n.field === 'reviewLitigation' && n.message.includes('页码'))).toBe(true)
  })
  it('where every group holds with it: read (the sums prove the row)', () => {
    const { text, at } = page(['0', '0', '0', '4', '1', '0', '0', '0', '1', '0', '0', '0', '0', '0'])
    expect(parseReviewTable(text, [at]).table).toEqual({ review: [4, 0, 0, 0, 4], litigationDirect: [1, 0, 0, 0, 1], litigationAfterReview: [0, 0, 0, 0, 0] })
  })
})
