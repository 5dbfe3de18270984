// Table 四 as ONE table whose blocks stand one above the other (review rv25 H11, S01: a spreadsheet
// printed by Calc, an HTML table saved as DOCX): 行政复议's heading, results and row of five (the other
// five columns blank), then 行政诉讼's heading, its two groups and their row of ten. The text readers
// give it as cells apart by tabs, a blank cell as U+E000. Before review-stacked.ts the upper row
// (the header row's five blanks, five numbers, five blanks) was read as the row of fifteen: 行政复议's
// numbers given to 未经复议直接起诉, the real row dropped, no note.
import { describe, expect, it } from 'vitest'
import { parseReviewTable } from '../../shared/extract/review-table'

const B = '\uE000'
const row = (...cells: (string | number)[]): string => cells.map((c) => (c === '' ? B : String(c))).join('\t')
const blanks = (n: number): string[] => Array<string>(n).fill('')
const FIVE = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
const reviewBlock = (nums: (string | number)[]): string[] => [row('行政复议', ...blanks(5)), row(...FIVE, ...blanks(5)), row(...nums, ...blanks(5))]
const litigationBlock = (nums: (string | number)[]): string[] => ['行政诉讼', row('未经复议直接起诉', '复议后起诉'), row(...FIVE, ...FIVE), row(...nums)]

describe('table 四 printed as blocks stacked in one table', () => {
  it('reads each row by the group headings above it (行政复议 above 行政诉讼)', () => {
    const text = ['', ...reviewBlock([11, 9, 1, 0, 21]), row(...blanks(10)), ...litigationBlock([10, 5, 11, 6, 32, 2, 0, 0, 0, 2]), ''].join('\n')
    const got = parseReviewTable(text)
    expect(got.table).toEqual({ review: [11, 9, 1, 0, 21], litigationDirect: [10, 5, 11, 6, 32], litigationAfterReview: [2, 0, 0, 0, 2] })
  })

  it('reads them with 行政诉讼 above 行政复议, and with counts printed with 件', () => {
    const text = ['', ...litigationBlock(['2件', '8件', '11件', '4件', '25件', '0件', '10件', '4件', '7件', '21件']), row(...blanks(10)), ...reviewBlock(['0件', '0件', '6件', '3件', '9件']), ''].join('\n')
    expect(parseReviewTable(text).table).toEqual({ review: [0, 0, 6, 3, 9], litigationDirect: [2, 8, 11, 4, 25], litigationAfterReview: [0, 10, 4, 7, 21] })
  })

  it('reads them with 行政诉讼 above 行政复议 and no blank row between, under a section heading naming both', () => {
    const heading = '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况'
    const text = [heading, ...litigationBlock([2, 1, 4, 6, 13, 1, 1, 1, 1, 4]), ...reviewBlock([3, 1, 0, 0, 4]), ''].join('\n')
    expect(parseReviewTable(text).table).toEqual({ review: [3, 1, 0, 0, 4], litigationDirect: [2, 1, 4, 6, 13], litigationAfterReview: [1, 1, 1, 1, 4] })
  })

  it('never gives 行政复议 five numbers to 未经复议直接起诉 where the lower block is all blank (zeros printed blank)', () => {
    const text = ['', ...reviewBlock([3, '', '', '', 3]), row(...blanks(10)), ...litigationBlock(blanks(10)), ''].join('\n')
    const got = parseReviewTable(text)
    expect(got.table.litigationDirect?.every((v) => v === null) ?? true).toBe(true)
    expect(got.notes.map((n) => n.message).join()).toMatch(/上下几块/)
  })

  it('reads nothing, with a note, where a blank cell leaves a row short', () => {
    const text = ['', ...reviewBlock([40, '', 10, 5, 55]), row(...blanks(10)), ...litigationBlock([2, 1, 4, 6, 13, 6, 1, 9, 7, 23]), ''].join('\n')
    const got = parseReviewTable(text)
    expect(got.table).toEqual({ review: null, litigationDirect: null, litigationAfterReview: null })
    expect(got.notes.map((n) => n.message).join()).toMatch(/上下几块/)
  })

  it('never gives 未经复议直接起诉 five numbers to 复议后起诉 where the other group was left blank', () => {
    const text = ['', ...reviewBlock([3, 0, 0, 0, 3]), row(...blanks(10)), ...litigationBlock([2, 1, 4, 6, 13, ...blanks(5)]), ''].join('\n')
    const got = parseReviewTable(text)
    expect(got.table.litigationAfterReview?.some((v) => v !== null) ?? false).toBe(false)
    expect(got.table.litigationDirect?.every((v) => v === null) ?? true).toBe(true)
    expect(got.notes.length).toBeGreaterThan(0)
  })

  // Drawn beside other rules (t4s26): the lower row led by a cell in Chinese numerals that the flattener
  // keeps as a word (it may be a 序号: 「九 | 0 | 2 …」) was no row of numbers, so no group heading stood
  // "between two rows"; the upper row with its blank columns was read as the row of fifteen and
  // 行政复议's 8 0 2 2 12 went to 未经复议直接起诉 (numeral-cells.test.ts, yunxi-gov_2024 markdown 1001061).
  it('never reads the upper row as the row of fifteen where the lower row is not told (a numeral cell leads it)', () => {
    const text = ['', ...reviewBlock([8, 0, 2, 2, 12]), row(...blanks(10)), ...litigationBlock(['九', 0, 2, 5, 16, 1, 0, 0, 1, 2]), ''].join('\n')
    const got = parseReviewTable(text)
    expect(got.table).toEqual({ review: null, litigationDirect: null, litigationAfterReview: null })
    expect(got.notes.map((n) => n.message).join()).toMatch(/上下几块/)
  })

  // The same with 行政诉讼's block above (t4s26, t4-stacked.test.ts 'beside the other rules'): the upper
  // row was no row to the reader, so no group heading stood between two rows, and 行政复议's row under
  // its own header (the blank cells before it on the header's line) was read as the row of fifteen.
  it('never reads the lower block\'s row as the row of fifteen where the upper row is led by a numeral cell', () => {
    const text = ['', ...litigationBlock(['九', 0, 2, 5, 16, 1, 0, 0, 1, 2]), row(...blanks(10)), ...reviewBlock([8, 0, 2, 2, 12]), ''].join('\n')
    const got = parseReviewTable(text)
    expect(got.table).toEqual({ review: null, litigationDirect: null, litigationAfterReview: null })
    expect(got.notes.map((n) => n.message).join()).toMatch(/上下几块/)
  })

  // A 备注 column (remarks-column.test.ts, pingtan 2019 html 880306): the lower row's blank cell was
  // dropped with the other block's blank columns, and the remark 「—」 after the row took the tenth
  // place: 复议后起诉's blank 其他结果 read 0 and every cell after it shifted one place to the left.
  it('drops no blank cell among a block\'s numbers (a 备注 column after them)', () => {
    const text = ['', row('行政复议', ...blanks(5), '备注'), row(...FIVE, ...blanks(5)), row(0, 0, 0, 0, 0, ...blanks(5)), row(...blanks(10)), '行政诉讼', row('未经复议直接起诉', '复议后起诉', ''), row(...FIVE, ...FIVE, ''), row(0, 0, 0, 0, 0, 0, 0, '', 0, 0, '—'), ''].join('\n')
    const got = parseReviewTable(text)
    expect(got.table.litigationAfterReview?.[2] ?? null).toBe(null)
    expect(got.table.litigationAfterReview?.some((v) => v !== null) ?? false).toBe(false)
    expect(got.notes.map((n) => n.message).join()).toMatch(/上下几块/)
  })

  // The 备注 column again (t4-stacked.test.ts 'beside the other rules', jyj_2021 html 932300): the lower
  // row's first cell blank, the rest dashes, the remark 「—」 last: the blank before the first printed
  // cell was taken for the other block's column, and the remark filled the tenth place.
  it('keeps a blank cell on the row\'s own line before its first number (a 备注 remark after the row)', () => {
    const text = ['', row('行政复议', ...blanks(5), '备注'), row(...FIVE, ...blanks(5)), row(3, '/', '/', '/', 3, ...blanks(5)), row(...blanks(10)), '行政诉讼', row('未经复议直接起诉', '复议后起诉', ''), row(...FIVE, ...FIVE, ''), row('', ...Array<string>(9).fill('/'), '—'), ''].join('\n')
    const got = parseReviewTable(text)
    expect(got.table.litigationDirect?.[0] ?? null).toBe(null)
    expect(got.notes.map((n) => n.message).join()).toMatch(/上下几块/)
  })

  // Numerals with zeros printed blank (scjgj_2021 docx 932921): the upper row 「一 |  |  |  | 一 | …」 has no
  // digit at all; it is a row still (not a 栏次 line, which numbers the columns 一 二 三 …).
  it('takes a row of numerals and blanks for a row (行政诉讼 above, zeros blank)', () => {
    const text = ['', ...litigationBlock(['一', '', '', '', '一', ...blanks(5)]), row(...blanks(10)), ...reviewBlock([4, '', '', '', 4]), ''].join('\n')
    const got = parseReviewTable(text)
    expect(got.table).toEqual({ review: null, litigationDirect: null, litigationAfterReview: null })
    expect(got.notes.map((n) => n.message).join()).toMatch(/上下几块/)
  })
})
