// Table 三's last row label 「四、结转下年度继续办理」 printed with no cells (a crawled page that drops blank
// cells), and section 四's heading 「（四）行政复议、行政诉讼情况」 on the next line: the label and the
// heading's key words, read together across the line break, were taken for section 四's heading, cutting
// the 四 row off table 三 (its note then said the row was not found, and the flow identity could not be
// checked).
import { describe, expect, it } from 'vitest'
import { findSections } from '../../shared/extract/sections'

const text = [
  '（三）收到和处理政府信息公开申请的情况',
  '本年度新收政府信息公开申请数量9110二、上年结转政府信息公开申请数量三、本年度办理结果（一）予以公开516（七）总计9110',
  '四、结转下年度继续办理',
  '（四）行政复议、行政诉讼情况',
  '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计',
  '（五）存在的主要问题及改进情况',
  '一是信息公开的及时性还需提高。',
].join('\n')

describe('section 四 after a table 三 whose last row prints no cells', () => {
  it('starts at its own heading, leaving 「四、结转下年度继续办理」 in table 三', () => {
    const s = findSections(text)
    const review = s.find((x) => x.key === 'reviewLitigation')!
    const requests = s.find((x) => x.key === 'requests')!
    expect(text.slice(review.start)).toMatch(/^（四）行政复议/)
    expect(text.slice(requests.start, requests.end)).toContain('四、结转下年度继续办理')
  })

  it('still finds a heading 「四、政府信息公开行政复议、行政诉讼情况」 and one wrapped across lines', () => {
    for (const h of ['四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政复议、行政\n诉讼情况']) {
      const t = text.replace('（四）行政复议、行政诉讼情况', h).replace('四、结转下年度继续办理\n', '四、结转下年度继续办理1001\n')
      const review = findSections(t).find((x) => x.key === 'reviewLitigation')!
      expect(t.slice(review.start)).toMatch(/^四、政府信息公开行政复议/)
    }
  })
})
