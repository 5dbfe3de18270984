// A row of 无 cells read as one box (none-runs.ts): on a worn copy whose rules were lost, table 四's
// whole data row came from the detector as one word, 「无无无无无无无无无无无无无无无」, and the table was
// not found (eval-scans gen-1 worn-150dpi on a report printed with rules too light to scan).
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { splitNoneRuns } from '../../src-main/readers/ocr/none-runs'
import { ocrDocument } from '../../src-main/readers/ocr/ocr-document'
import type { OcrBox, OcrPage } from '../../src-main/readers/ocr/ocr-page'

/** A box of text at (x, y), its width by its characters. */
const box = (text: string, x: number, y: number, w = 13 * [...text].length): OcrBox => ({ text, confidence: 0.98, x, y, w, h: 14 })

describe('a run of 无 read as one box', () => {
  it('is cut into one box per 无, evenly over the glyphs; words and numbers are left whole', () => {
    const cut = splitNoneRuns([box('无无无', 100, 50, 60 + 2 * 0.19 * 14), box('无法提供', 200, 50), box('暂无', 300, 50), box('无3', 400, 50)])
    expect(cut.map((b) => b.text)).toEqual(['无', '无', '无', '无法提供', '暂无', '无3'])
    // The glyphs' middles (the box less its margins): 10, 30 and 50 points into the glyphs' 60.
    const m = 0.19 * 14
    expect(cut.slice(0, 3).map((b) => b.x + b.w / 2 - (100 + m))).toEqual([10, 30, 50].map((x) => expect.closeTo(x, 6)))
  })

  it('table 四 whose data row is one box of fifteen 无: read as fifteen 0', () => {
    const xs = [...Array(15).keys()].map((i) => 40 + 34 * i)
    const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    const page: OcrPage = {
      page: 1, width: 612, height: 792, skew: 0,
      boxes: [
        box('四、政府信息公开行政复议和行政诉讼情况', 52, 60),
        box('行政复议', 40, 90), box('行政诉讼', 300, 90),
        ...xs.map((x, i) => box(heads[i % 5]!, x, 120, 30)),
        box('无'.repeat(15), 44, 150, 34 * 14 + 14),
        box('五、政府信息公开工作存在的主要问题及改进情况', 52, 200),
      ],
      rulings: [],
    }
    const t = extractReport(ocrDocument('lines.pdf', 'pdf', [page])).report.reviewLitigation
    expect(t).toEqual({ review: [0, 0, 0, 0, 0], litigationDirect: [0, 0, 0, 0, 0], litigationAfterReview: [0, 0, 0, 0, 0] })
  })
})
