// Tables of a scan read at low quality (150 dpi, worn as eval-scans' "ordinary-150dpi" kind wears
// it): the OCR boxes of a generated report's pages (tests/variants' generator, gen-6, not a corpus
// file), kept as fixtures so that each rule is tested on what the recogniser really gave. The
// expected numbers are the report's print (its text PDF), every one checked, and a number read
// anywhere else counts as wrong.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { parseReviewTable } from '../../shared/extract/review-table'
import { ocrDocument } from '../../src-main/readers/ocr/ocr-document'
import type { OcrPage } from '../../src-main/readers/ocr/ocr-page'

const pages = (name: string): OcrPage[] => JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as OcrPage[]

describe('table 四 with a heading read as nothing', () => {
  it('two small tables (行政诉讼 first), 尚未审结 of the first lost: every cell read by its caption', () => {
    const doc = ocrDocument('split-review.pdf', 'pdf', pages('split-review-150dpi.json'))
    const t = extractReport(doc).report.reviewLitigation
    // The print: （一）行政诉讼情况 9 0 2 5 16 | 1 0 0 1 2; （二）行政复议情况 8 0 2 2 12.
    expect(t).toEqual({ review: [8, 0, 2, 2, 12], litigationDirect: [9, 0, 2, 5, 16], litigationAfterReview: [1, 0, 0, 1, 2] })
  })
  it('a blank header cell is no data row; a row of 无 after a blank first cell still is', () => {
    const head = '（一）行政诉讼情况\n未经复议直接起诉\t复议后起诉\n结果维持\t结果纠正\t其他结果\t\uE000\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n'
    const text = `${head}3\t1\t0\t1\t5\t2\t0\t0\t0\t2\n（二）行政复议情况\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n4\t0\t1\t1\t6\n`
    expect(parseReviewTable(text).table).toEqual({ review: [4, 0, 1, 1, 6], litigationDirect: [3, 1, 0, 1, 5], litigationAfterReview: [2, 0, 0, 0, 2] })
    const heads = '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t'.repeat(3).slice(0, -1)
    const none = `行政复议\t\t\t\t\t行政诉讼\n${heads}\n\uE000\t无\t无\t无\t无\t无\t无\t无\t无\t无\t无\t无\t无\t无\t无\n`
    // A blank then 无 cells: still the data row (15 cells, the blank one left unread, never a number).
    expect(parseReviewTable(none).table).toEqual({ review: [null, 0, 0, 0, 0], litigationDirect: [0, 0, 0, 0, 0], litigationAfterReview: [0, 0, 0, 0, 0] })
  })
})
