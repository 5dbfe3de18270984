// Any table 三 row label with a part's ordinal (「4.保护第三方合法权益」 「（四）无法提供」 「四、结转下年度继续办理」),
// printed with no cells on the line before section 四's heading, is no heading: read across the line
// break, the label and the heading's key words (「…\n（四）行政复议」) were taken for section 四's
// heading, cutting table 三 short. rt31 excluded 「结转」 alone; the labels now come from the template's
// label lists (sections.ts ROW_LABEL_AHEAD).
import { describe, expect, it } from 'vitest'
import { findSections } from '../../shared/extract/sections'

const text = (label: string): string =>
  ['（三）收到和处理政府信息公开申请的情况', '本年度新收政府信息公开申请数量9110（七）总计9110', label, '（四）行政复议、行政诉讼情况', '行政复议行政诉讼', '（五）存在的主要问题及改进情况', '一是信息公开的及时性还需提高。', '（六）其他需要报告的事项', '无。'].join('\n')

describe('table 三 row labels before section 四', () => {
  for (const label of ['四、结转下年度继续办理', '4.保护第三方合法权益', '4.无正当理由大量反复申请', '（四）无法提供']) {
    it(`「${label}」 stays in table 三; section 四 starts at its own heading`, () => {
      const t = text(label)
      const s = findSections(t)
      expect(t.slice(s.find((x) => x.key === 'reviewLitigation')!.start)).toMatch(/^（四）行政复议/)
      const requests = s.find((x) => x.key === 'requests')!
      expect(t.slice(requests.start, requests.end)).toContain(label)
      expect(t.slice(s.find((x) => x.key === 'other')!.start)).toMatch(/^（六）其他需要报告/)
    })
  }

  it('a heading whose words are no row label is still found: 「四、政府信息公开行政复议…」 and 「五、存在的主要问题」', () => {
    const t = text('四、结转下年度继续办理1001').replace('（四）行政复议、行政诉讼情况', '四、政府信息公开行政复议、行政诉讼情况').replace('（五）存在的主要问题', '五、存在的主要问题')
    const s = findSections(t)
    expect(t.slice(s.find((x) => x.key === 'reviewLitigation')!.start)).toMatch(/^四、政府信息公开行政复议/)
    expect(t.slice(s.find((x) => x.key === 'problems')!.start)).toMatch(/^五、存在的主要问题/)
  })
})
