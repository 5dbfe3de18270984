// Run-together digits cut back into cells (digit-split.ts): a table-三 line of thousands of digits
// (an OCR'd or garbled line) once cost the run's length squared for each of thousands of ways to cut
// it (6,000 digits: minutes), and extraction runs with no time bound. No count has 16 digits, so
// such a run is refused at once and no number is read from it.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'

describe('a table-三 line of thousands of digits', () => {
  it('is refused without a blow-up, no number read', () => {
    const run = '1'.repeat(6000)
    const text = `三、收到和处理政府信息公开申请情况\n${run}x\n2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理${run}x\n`
    // Before the bound this ran for minutes: the test's time limit fails it.
    const { report } = extractReport(textToDocument(text, 'long-run.txt'))
    expect(JSON.stringify(report.requests)).not.toMatch(/:\d/)
  })
})
