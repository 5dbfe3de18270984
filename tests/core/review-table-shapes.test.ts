// Table 四 in the shapes text extraction gives it: one group per row with its cells on the lines
// after the label, a label wrapped round its cells, several labels printed before their numbers
// (read in order only where each group's 总计 proves it), page furniture between header and data,
// crawled digits run together. Never a wrong number: where the order is not proven, nothing is read.
import { describe, expect, it } from 'vitest'
import { parseReviewTable } from '../../shared/extract/review-table'
import { reviewDigitReadings } from '../../shared/extract/review-sums'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'

const HEAD = ['项目', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
const lines = (...xs: (string | number)[]): string => xs.join('\n')

describe('table 四, one group per row', () => {
  it('reads each group from the lines after its label (a cell per line, the label wrapped)', () => {
    const text = lines(...HEAD, '行政复议', 4, 0, 1, 1, 6, '行政诉讼（未经复议直接起诉', '）', 6, 0, 0, 2, 8, '行政诉讼（复议后起诉）', 1, 0, 0, 0, 1)
    const got = parseReviewTable(text)
    expect(got.table).toEqual({ review: [4, 0, 1, 1, 6], litigationDirect: [6, 0, 0, 2, 8], litigationAfterReview: [1, 0, 0, 0, 1] })
    expect(got.how).toBe('label')
  })

  it('reads a label that pdftotext -layout wrapped round its cells', () => {
    const text = lines(
      '项目　　　　  结果维持　　  结果纠正　　  其他结果　　  尚未审结　　  总计',
      '行政复议　　    4    0    0    2    6',
      '行政诉讼（未',
      '经复议直接起    8    0    1    0    9',
      '诉）',
      '行政诉讼（复    1    0    0    0    1',
      '议后起诉）',
    )
    expect(parseReviewTable(text).table).toEqual({ review: [4, 0, 0, 2, 6], litigationDirect: [8, 0, 1, 0, 9], litigationAfterReview: [1, 0, 0, 0, 1] })
    // Wrapped before 直接起诉: the cells stand after 未经复议, still the second row's (the first row's total fails: the report's error, kept).
    const early = lines(
      '项目　　  结果维持　　  结果纠正　　  其他结果　　  尚未审结　　  总计',
      '行政复议　　    2    2    1    1    7',
      '行政诉讼（未经复议    7    0    1    1    9',
      '直接起诉）',
      '行政诉讼（复议后起    1    0    0    0    1',
      '诉）',
    )
    expect(parseReviewTable(early).table).toEqual({ review: [2, 2, 1, 1, 7], litigationDirect: [7, 0, 1, 1, 9], litigationAfterReview: [1, 0, 0, 0, 1] })
  })

  it('reads labels printed before their numbers in label order when every group total holds', () => {
    // 行政复议 and 行政诉讼（未经复议直接起诉） printed together, then their ten numbers.
    const text = lines(...HEAD, '行政复议', '行政诉讼（未经复议直接起诉）', 2, 0, 0, 1, 3, 5, 0, 1, 0, 6, '行政诉讼（复议后起诉）', 0, 0, 0, 0, 0)
    const got = parseReviewTable(text)
    expect(got.table).toEqual({ review: [2, 0, 0, 1, 3], litigationDirect: [5, 0, 1, 0, 6], litigationAfterReview: [0, 0, 0, 0, 0] })
    expect(got.how).toBe('sums')
  })

  it('leaves labels printed before their numbers unread when the label order breaks a group total', () => {
    // The same numbers listed column by column (2 5 | 0 0 | 0 1 | 1 0 | 3 6): in label order no total holds.
    const text = lines(...HEAD, '行政复议', '行政诉讼（未经复议直接起诉）', 2, 5, 0, 0, 0, 1, 1, 0, 3, 6, '行政诉讼（复议后起诉）', 0, 0, 0, 0, 0)
    const got = parseReviewTable(text)
    expect(got.table.review).toBeNull()
    expect(got.table.litigationDirect).toBeNull()
    expect(got.notes.length).toBeGreaterThan(0)
  })

  it('leaves them unread when the column-by-column order also holds and gives other numbers', () => {
    // In label order: 0 0 0 0 0 | 1 0 0 0 1 (both hold); column by column: 0 0 0 0 0 | 0 0 1 0 1 (both hold too).
    const text = lines(...HEAD, '行政复议', '行政诉讼（未经复议直接起诉）', 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, '行政诉讼（复议后起诉）', 0, 0, 0, 0, 0)
    const got = parseReviewTable(text)
    expect(got.table.litigationDirect).toBeNull()
  })

  it('cuts a crawled group row whose digits run together only where one way is possible', () => {
    const text = '项目结果维持结果纠正其他结果尚未审结总计行政复议30003行政诉讼（未经复议直接起诉）00000行政诉讼（复议后起诉）00000'
    expect(parseReviewTable(text).table).toEqual({ review: [3, 0, 0, 0, 3], litigationDirect: [0, 0, 0, 0, 0], litigationAfterReview: [0, 0, 0, 0, 0] })
    // "101213" has four ways into five cells (10|1|2|1|3, 1|0|12|1|3, …) and none keeps 维持+纠正+其他+尚未审结 = 总计: unread.
    const ambiguous = '项目结果维持结果纠正其他结果尚未审结总计行政复议101213行政诉讼（未经复议直接起诉）00000行政诉讼（复议后起诉）00000'
    expect(parseReviewTable(ambiguous).table.review).toBeNull()
  })
})

describe('table 四, header and data row apart', () => {
  const head = lines('行政复议 行政诉讼', '结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉', ' 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计')
  const data = '2 0 0 0 2 0 0 0 0 0 1 0 0 0 1'
  const want = { review: [2, 0, 0, 0, 2], litigationDirect: [0, 0, 0, 0, 0], litigationAfterReview: [1, 0, 0, 0, 1] }

  it('reads the data row after a page footer', () => {
    expect(parseReviewTable(lines(head, '第 6 页 共 9 页', data)).table).toEqual(want)
  })

  it('reads the data row after the running title of the next page', () => {
    expect(parseReviewTable(lines(head, '某某县人民政府2023年政府信息公开工作年度报告', data)).table).toEqual(want)
  })

  const runTogether = (digits: string) =>
    parseReviewTable(`行政复议行政诉讼 未经复议直接起诉 复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计${digits}`)

  it('reads 15 run-together digits one per cell where the group totals hold', () => {
    expect(runTogether('221161011310001').table).toEqual({ review: [2, 2, 1, 1, 6], litigationDirect: [1, 0, 1, 1, 3], litigationAfterReview: [1, 0, 0, 0, 1] })
  })

  it('leaves 15 run-together digits unread where a group total fails: a dropped blank cell beside a two-digit one also gives 15 digits', () => {
    // 2 2 1 1 [blank] 7… read one per cell would shift every later cell; the report may also be wrong itself.
    const got = runTogether('221177011910001')
    expect(got.table).toEqual({ review: null, litigationDirect: null, litigationAfterReview: null })
    expect(got.notes.some((n) => n.field.startsWith('reviewLitigation'))).toBe(true)
  })
})

describe('table 四 found without its heading', () => {
  it('finds the one-group-per-row table by its result columns above the 行政复议 row, and a heading whose space was lost', () => {
    const report = (heading4: string): string =>
      lines(
        '某县人民政府2023年政府信息公开工作年度报告',
        '一、总体情况',
        '本年度继续推进政务公开。',
        '本年新收政府信息公开申请数量 5 0 0 0 0 0 5',
        heading4,
        '项目 结果维持 结果纠正 其他结果 尚未审结 总计',
        '行政复议 1 1 0 0 2',
        '行政诉讼（未经复议直接起诉） 1 0 0 0 1',
        '行政诉讼（复议后起诉） 2 0 1 0 3',
        '五、存在的主要问题及改进情况',
        '一是公开不够及时。',
      )
    for (const h of ['', '四因政府信息公开工作被申请行政复议、提起行政诉讼情况']) {
      const ex = extractReport(textToDocument(report(h), 'x.txt'))
      expect(ex.report.reviewLitigation).toEqual({ review: [1, 1, 0, 0, 2], litigationDirect: [1, 0, 0, 0, 1], litigationAfterReview: [2, 0, 1, 0, 3] })
    }
    const headed = extractReport(textToDocument(report('四因政府信息公开工作被申请行政复议、提起行政诉讼情况'), 'x.txt'))
    expect(headed.notes.some((n) => n.field === 'section.reviewLitigation')).toBe(false)
  })
})

describe('table 四, the whole row run together', () => {
  it('cuts a long run group by group under the totals, reading only the cells every cut agrees on', () => {
    // 72 64 178 37 351 | 13 4 8 1 26 | 12 1 1 6 20: the last group can also be cut 1 2 11 6 20 or 12 1 1 6 20 …
    const readings = reviewDigitReadings('72641783735113481261211620')
    expect(readings.length).toBeGreaterThan(1)
    for (const r of readings) expect(r.slice(0, 10)).toEqual([72, 64, 178, 37, 351, 13, 4, 8, 1, 26])
    const head = '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计'
    // Every group holds only in those cuts, but a report with one slip (one group off by up to 20,
    // slip-agreement.ts) could have printed 7264 | 1 | 7 | 83 | 7351 (off by 4) or 1 | 34 | 8 | 1 | 26
    // (off by 18), the other groups as above: no cell of the sums' cut is proven against that.
    const got = parseReviewTable(`${head}72641783735113481261211620`)
    expect(got.table.review).toEqual([null, null, null, null, null])
    expect(got.table.litigationDirect).toEqual([null, null, null, null, null])
    expect(got.table.litigationAfterReview?.[0]).toBeNull()
    for (const g of ['review', 'litigationDirect', 'litigationAfterReview']) expect(got.notes.some((n) => n.field === `reviewLitigation.${g}`)).toBe(true)
  })

  it('still cuts a long run where no cut with one group off by up to 20 gives other cells', () => {
    // 0 1 91 5 97 | 6 3 3 0 12 | 0 0 0 0 0, zeros written (drawn by tests/variants/slip/sweep.ts, seed 777).
    const head = '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计'
    const got = parseReviewTable(`${head}019159763301200000`)
    expect(got.table).toEqual({ review: [0, 1, 91, 5, 97], litigationDirect: [6, 3, 3, 0, 12], litigationAfterReview: [0, 0, 0, 0, 0] })
  })

  it('finds no reading where no cut keeps the totals', () => {
    expect(reviewDigitReadings('1010000000050000')).toEqual([])
  })
})

describe('table 四, header words printed among the data (pdftotext of a tall 总计 cell)', () => {
  const head = lines('行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', '结果', '维持', '结果', '纠正', '其他', '结果', '尚未', '总 计 结果 结果 其他 尚未', '审结', '维持 纠正 结果 审结')

  it('reads the row through the words where every group total holds', () => {
    const got = parseReviewTable(lines(head, 1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, '总计', 3))
    expect(got.table).toEqual({ review: [1, 1, 0, 0, 2], litigationDirect: [1, 0, 0, 0, 1], litigationAfterReview: [2, 0, 1, 0, 3] })
    expect(got.how).toBe('sums')
  })

  it('reads nothing where a total fails: the numbers may not stand in the cells’ order', () => {
    const got = parseReviewTable(lines(head, 9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, '总计', 0))
    expect(got.table.review).toBeNull()
    expect(got.notes[0]?.message).toContain('表头文字夹在数字之间')
  })
})

describe('table 四 dash cells follow table 三’s rule', () => {
  const head = '行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n'
  it('reads a dash as 0 where its group’s 总计 agrees', () => {
    // Cells apart by several spaces, as pdftotext -layout prints them ("— 1 —" with single spaces is a page marker).
    const p = parseReviewTable(head + ['1', '—', '—', '—', '1', '—', '—', '—', '—', '—', '0', '0', '0', '0', '0'].join('    '))
    expect(p.table).toEqual({ review: [1, 0, 0, 0, 1], litigationDirect: [0, 0, 0, 0, 0], litigationAfterReview: [0, 0, 0, 0, 0] })
  })
  it('leaves a dash empty, with a note naming its group, where the group’s sum contradicts it', () => {
    const p = parseReviewTable(head + ['1', '—', '0', '0', '2', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'].join('    '))
    expect(p.table.review).toEqual([1, null, 0, 0, 2])
    expect(p.table.litigationDirect).toEqual([0, 0, 0, 0, 0])
    expect(p.notes.some((n) => n.field === 'reviewLitigation.review')).toBe(true)
  })
  it('keeps a printed number that does not add up (the report’s own error, for the checks)', () => {
    expect(parseReviewTable(head + '1 0 0 0 2 0 0 0 0 0 0 0 0 0 0').table.review).toEqual([1, 0, 0, 0, 2])
  })
})

describe('table 四 in the shapes of new-user reports, read by their labels', () => {
  it('reads the table printed one result per line under each group (group | result | count)', () => {
    const rows = [['行政复议', [2, 0, 1, 0, 3]], ['行政诉讼（未经复议直接起诉）', [0, 1, 0, 0, 1]], ['行政诉讼（复议后起诉）', [0, 0, 0, 1, 1]]] as const
    const words = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    // The group's name only on its first line; converters print the merged cell empty below it.
    const text = ['项目\t\uE000\t件数', ...rows.flatMap(([g, v]) => v.map((n, i) => `${i === 0 ? g : '\uE000'}\t${words[i]}\t${n}`))].join('\n')
    const p = parseReviewTable(text)
    expect(p.table).toEqual({ review: [2, 0, 1, 0, 3], litigationDirect: [0, 1, 0, 0, 1], litigationAfterReview: [0, 0, 0, 1, 1] })
    expect(p.how).toBe('label')
  })

  it('reads a vertical table whose results come in another order by their words, not by position', () => {
    const text = [['行政复议', '总计 3', '结果维持 2', '结果纠正 0', '其他结果 1', '尚未审结 0'], ['未经复议直接起诉', '结果维持 0', '结果纠正 0', '其他结果 0', '尚未审结 0', '总计 0'], ['复议后起诉', '结果维持 0', '结果纠正 0', '其他结果 0', '尚未审结 0', '总计 0']]
      .map((g) => g.join('\n'))
      .join('\n')
    expect(parseReviewTable(text).table.review).toEqual([2, 0, 1, 0, 3])
  })

  it('reads table 四 printed as two separate tables, 行政诉讼 first, each by its own caption', () => {
    const five = '结果维持    结果纠正    其他结果    尚未审结    总计'
    const text = ['（一）行政诉讼情况', '      未经复议直接起诉                 复议后起诉', `${five}    ${five}`, '2    0    0    1    3    0    0    1    0    1', '（二）行政复议情况', five, '1    1    0    0    2'].join('\n')
    expect(parseReviewTable(text).table).toEqual({ review: [1, 1, 0, 0, 2], litigationDirect: [2, 0, 0, 1, 3], litigationAfterReview: [0, 0, 1, 0, 1] })
  })

  it('leaves separate tables unread when a caption does not say which group its cells are', () => {
    const five = '结果维持    结果纠正    其他结果    尚未审结    总计'
    const text = ['（一）情况一', five, '1    1    0    0    2', '（二）情况二', five, '1    0    0    0    1', five, '0    0    0    0    0'].join('\n')
    expect(parseReviewTable(text).table.review).toBeNull()
  })
})
