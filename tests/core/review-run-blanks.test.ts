// Table 四 crawled with its blank cells dropped (crawled-run text, zeros left blank): the digits of the
// 15 cells run together and nothing marks a blank. Before: a run no blank-free cut fits, or one with more
// readings than the list could hold, was not read at all, nor was a group row ("行政复议527") whose
// numbers' columns stay open — though every reading shares the groups' 总计s.
import { describe, expect, it } from 'vitest'
import { parseReviewTable } from '../../shared/extract/review-table'
import { reviewRunAgreement } from '../../shared/extract/review-run-blanks'

const HEAD = '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计'
/** A crawled page: zeros blank and dropped, every cell's digits run together. */
const crawled = (cells: number[]): string => cells.map((v) => (v === 0 ? '' : String(v))).join('')

describe('table 四 run together with dropped blanks', () => {
  it('reads the cells every reading shares (the 总计s), leaves the open columns with a note', () => {
    const got = parseReviewTable(`${HEAD}${crawled([5, 0, 0, 2, 7, 9, 0, 3, 0, 12, 4, 0, 0, 0, 4])}\n五、存在的主要问题`)
    expect(got.table.review?.[4]).toBe(7)
    expect(got.table.litigationDirect?.[4]).toBe(12)
    expect(got.table.litigationAfterReview?.[4]).toBe(4)
    // 5 and 2 may stand under any two of the four results: not read.
    expect(got.table.review?.slice(0, 4)).toEqual([null, null, null, null])
    expect(got.notes.some((n) => n.field === 'reviewLitigation.review' && n.message.includes('不能唯一确定'))).toBe(true)
  })

  it('a report whose own group sum fails: nothing read, blanks dropped or zeros written', () => {
    for (const text of [crawled([3, 1, 0, 0, 5, 2, 0, 0, 0, 2, 1, 0, 0, 0, 1]), '310052000210001']) {
      const got = parseReviewTable(`${HEAD}${text}\n五、存在的主要问题`)
      for (const g of ['review', 'litigationDirect', 'litigationAfterReview'] as const) expect(got.table[g]?.every((x) => x === null) ?? true).toBe(true)
      expect(got.notes.length).toBeGreaterThan(0)
    }
  })

  it('one row per group: the 总计 of a row whose columns stay open, and a row with nothing printed is blank', () => {
    const got = parseReviewTable('项目结果维持结果纠正其他结果尚未审结总计行政复议527行政诉讼（未经复议直接起诉）行政诉讼（复议后起诉）\n五、存在的主要问题')
    expect(got.table.review).toEqual([null, null, null, null, 7])
    expect(got.table.litigationDirect).toEqual([null, null, null, null, null])
    expect(got.notes.some((n) => n.field === 'reviewLitigation.review' && n.message.includes('不能唯一确定其中 4 格'))).toBe(true)
  })

  it('never a wrong cell: random consistent tables with blanks dropped', () => {
    let seed = 12345
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    let read = 0
    for (let k = 0; k < 200; k++) {
      const cells: number[] = []
      for (let g = 0; g < 3; g++) {
        const parts = [0, 1, 2, 3].map(() => (rand(3) === 0 ? rand(k % 2 ? 200 : 12) : 0))
        cells.push(...parts, parts.reduce((a, b) => a + b, 0))
      }
      const a = reviewRunAgreement(crawled(cells))
      expect(a).not.toBeNull()
      a!.cells.forEach((v, i) => {
        if (v === undefined) return
        read++
        expect(v ?? 0).toBe(cells[i])
      })
    }
    expect(read).toBeGreaterThan(200)
  })
})
