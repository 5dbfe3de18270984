// A report paragraph that names 承办单位 / 主办单位 / 技术支持 in its prose is the report's, not the
// portal's footer: dropped as chrome, it took its figures with it and every prose metric of the page
// came out null with no note (review rv20b U1). The footer's labels (「承办单位：…」) are still chrome.
import { describe, expect, it } from 'vitest'
import { htmlToDocument } from '../../src-main/readers/html'
import { extractReport } from '../../shared/extract/index'

const page = (body: string): string =>
  `<html><head><meta charset="utf-8"><title>青岚县交通运输局2021年政府信息公开工作年度报告</title></head><body>
<h1>青岚县交通运输局2021年政府信息公开工作年度报告</h1>
<p>一、总体情况</p>
${body}
<p>二、主动公开政府信息情况</p>
<div>主办单位：青岚县人民政府办公室 承办单位：青岚县大数据中心 技术支持：某某科技有限公司</div>
</body></html>`

const textOf = (html: string): string =>
  htmlToDocument(html, 'page.html').blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n')

describe('HTML: prose naming 承办单位 is kept, the footer labels are dropped', () => {
  it('keeps 「其中转办承办单位4463件」 and reads the page\'s figures', () => {
    const html = page('<p>全年主动公开政府信息2232条。全年12345热线受理诉求48115件，其中转办承办单位4463件。</p>')
    const text = textOf(html)
    expect(text).toContain('转办承办单位4463件')
    expect(text).not.toContain('技术支持：')
    const { report } = extractReport(htmlToDocument(html, 'page.html'))
    expect(report.metrics.activeDisclosureItems).toBe(2232)
    expect(report.metrics.hotlineCalls).toBe(48115)
  })

  it('keeps 转送承办单位 and 技术支持单位 in prose', () => {
    const text = textOf(page('<p>坚持第一时间转送承办单位，与技术支持单位签订运维协议。</p>'))
    expect(text).toContain('转送承办单位')
    expect(text).toContain('技术支持单位签订')
  })
})
