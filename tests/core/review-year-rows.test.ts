// Table 四 with a 年度 column, one data row per year (review 10 R10-8): the report's year picks its row
// by the row's label; a row whose label does not provably go with its 15 numbers is not read.
import { describe, expect, it } from 'vitest'
import { read, report, table3 } from './report-text'

const head = ['年度\t行政复议\t行政诉讼', '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计']
const row = (k: number): string => [k, 1, 0, 0, k + 1, 0, k, 0, 0, k, 2, 0, 0, 0, 2].join('\t')

describe('table 四 with one row per year', () => {
  it("reads the row labelled with the report's year, after or before last year's", () => {
    for (const rows of [[`2022年\t${row(3)}`, `2021年（上年）\t${row(7)}`], [`2021年（上年）\t${row(7)}`, `2022年\t${row(3)}`], [`2021年\t${row(7)}`, '（上年）', `2022年度\t${row(3)}`]]) {
      const ex = read(report(table3(1), [...head, ...rows]))
      expect(ex.report.reviewLitigation.review).toEqual([3, 1, 0, 0, 4])
      expect(ex.report.reviewLitigation.litigationDirect).toEqual([0, 3, 0, 0, 3])
      expect(ex.provenance['reviewLitigation.review']?.how).toBe('label')
      expect(ex.notes.find((n) => n.field === 'section.reviewLitigation')?.message).toContain('只读取标为本年度（2022年）的一行')
    }
  })

  it('reads nothing where no row carries the report year', () => {
    const ex = read(report(table3(1), [...head, `2020年\t${row(3)}`, `2021年\t${row(7)}`]))
    expect(ex.report.reviewLitigation.review).toBeNull()
    expect(ex.notes.find((n) => n.field === 'reviewLitigation')?.message).toContain('未见标为本年度（2022年）的一行')
  })

  it('reads nothing where the year labels stand apart from the numbers', () => {
    // Labels printed first, then 30 numbers: which 15 are 2022's is a matter of position only.
    const ex = read(report(table3(1), [...head, '2021年', '2022年', `${row(7)}\t${row(3)}`]))
    expect(ex.report.reviewLitigation.review).toBeNull()
    expect(ex.report.reviewLitigation.litigationAfterReview).toBeNull()
    expect(ex.notes.find((n) => n.field === 'reviewLitigation')?.message).toContain('按年度分行印出')
  })

  it("reads a row wrapped over lines only where the groups' 总计 hold", () => {
    const wrapped = (k: number, total: number): string[] => [`2022年\t${[k, 1, 0, 0, total, 0, k, 0].join('\t')}`, [0, k, 2, 0, 0, 0, 2].join('\t')]
    const good = read(report(table3(1), [...head, ...wrapped(3, 4), `2021年\t${row(7)}`]))
    expect(good.report.reviewLitigation.review).toEqual([3, 1, 0, 0, 4])
    const bad = read(report(table3(1), [...head, ...wrapped(3, 9), `2021年\t${row(7)}`]))
    expect(bad.report.reviewLitigation.review).toBeNull()
    expect(bad.notes.find((n) => n.field === 'reviewLitigation')?.message).toContain('各组合计也不相符')
  })
})
