// Table 四 run together (crawled text, zeros written) in a report with one slip: a group whose
// 维持+纠正+其他+尚未审结 misses its 总计. Another cut of the same digits may satisfy every group sum
// by chance; the sums prove no cell that a cut failing one group (the printed one, under a slip)
// gives otherwise. Cases found by tests/variants/slip/sweep.ts (seed 777) and session 11 (vr2).
import { describe, expect, it } from 'vitest'
import { parseReviewTable } from '../../shared/extract/review-table'

const FIVE = '结果维持结果纠正其他结果尚未审结总计'
const HEAD = `行政复议行政诉讼${FIVE}未经复议直接起诉复议后起诉${FIVE}${FIVE}`

const cellsOf = (text: string): (number | null)[] => {
  const t = parseReviewTable(text).table
  return [t.review, t.litigationDirect, t.litigationAfterReview].flatMap((r) => r ?? Array<null>(5).fill(null))
}
const run = (truth: number[], blanks = false): string => `${HEAD}${truth.map((v) => (v === 0 && blanks ? '' : String(v))).join('')}\n五、存在的主要问题`

describe('table 四 run together, the report slipped once', () => {
  it('reads no cell of a cut that holds only by chance (1+0+7+471 ≠ 478 read as 10 | 7 | 47 | 14 | 78)', () => {
    const truth = [1, 0, 7, 471, 478, 73, 0, 0, 0, 73, 0, 0, 0, 0, 0]
    const got = parseReviewTable(run(truth))
    const cells = cellsOf(run(truth))
    cells.forEach((v, i) => {
      if (v !== null) expect(v, `cell ${i}`).toBe(truth[i])
    })
    expect(cells.slice(0, 5)).toEqual([null, null, null, null, null])
    expect(got.notes.some((n) => n.field === 'reviewLitigation.review')).toBe(true)
  })

  it('reads no cell of 「31015141131911105733」 (3 + 10 ≠ 15, blanks dropped) as 3 | 1 | 0 | 1 | 5', () => {
    const text = `${HEAD}31015141131911105733\n五、存在的主要问题`
    const cells = cellsOf(text)
    // The printed first group is 3, 10, (blank), (blank), 15: the text cannot prove 3 | 1 | 0 | 1 | 5.
    expect(cells.slice(0, 5).some((v) => v !== null && v !== 3)).toBe(false)
  })

  it('reads no cell of a cut that moves the groups\' bounds (3+0+0+10 ≠ 12 read as 20 | 4 | 6 | 30, 0 | 1 | 0 | 1 | 2)', () => {
    const truth = [0, 0, 0, 1, 1, 0, 2, 0, 4, 6, 3, 0, 0, 10, 12]
    const cells = cellsOf(run(truth))
    cells.forEach((v, i) => {
      if (v !== null) expect(v, `cell ${i}`).toBe(truth[i])
    })
  })

  it('still reads a clean table whose cells are one digit each (the cut is forced whatever the sums)', () => {
    const truth = [3, 1, 0, 0, 4, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0]
    expect(cellsOf(run(truth))).toEqual(truth)
  })
})
