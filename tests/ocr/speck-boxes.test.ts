// A speck read beside a table-四 header's words (speck-boxes.ts). The fixture is page 4 of the variant
// generator's report gen-1 scanned as eval-scans' "stamp" kind (a seal over the tables), as the OCR read
// it: header cell 结果纠正 lost its first line under the seal and a speck above 纠正 was read 「1s」
// (4.5×5 pt among 12–14 pt boxes, confidence 0.29). Glued into 「1s纠正」, the header was no heading,
// table 四 was taken for stacked blocks and none of its 15 cells (all 无 in the print) was read.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { ocrDocument } from '../../src-main/readers/ocr/ocr-document'
import type { OcrBox, OcrPage } from '../../src-main/readers/ocr/ocr-page'
import { speckBoxes } from '../../src-main/readers/ocr/speck-boxes'

const pages = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'review-stamp-p4.json'), 'utf8')) as OcrPage[]
const b = (text: string, x: number, y: number, w: number, h: number, confidence = 0.9): OcrBox => ({ text, confidence, x, y, w, h })

describe('specks beside words', () => {
  it('a small unsure box on a line of words is a speck; one alone among cells, or read surely, is not', () => {
    const line = [b('结果', 36, 141, 25, 14), b('维持', 37, 157, 23, 12.5), b('纠正', 63, 158, 24, 12), b('无', 37, 209, 12, 13), b('无', 93, 209, 12, 13)]
    // 「1s」 over 纠正: dropped. 「Fe」 between two cells of 无 (a lost 无's place): kept.
    expect([...speckBoxes([...line, b('1s', 61, 161, 4.5, 5, 0.29), b('Fe', 76, 213, 3.4, 3.5, 0.12)])]).toEqual([5])
    // A small box read surely (a footnote mark 1 at 0.9) is print, not a speck.
    expect([...speckBoxes([...line, b('1', 61, 161, 4.5, 5, 0.9)])]).toEqual([])
  })
})

describe('table 四 under a seal, a speck over a header cell', () => {
  it('is read: every cell 无 (0) as printed', () => {
    const t = extractReport(ocrDocument('stamp.pdf', 'pdf', pages)).report.reviewLitigation
    expect(t).toEqual({ review: [0, 0, 0, 0, 0], litigationDirect: [0, 0, 0, 0, 0], litigationAfterReview: [0, 0, 0, 0, 0] })
  })
})
