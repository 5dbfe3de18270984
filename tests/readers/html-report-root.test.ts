// Which element of a page is read as the report (html-report-root.ts): a page holding this year's
// report and last year's, each in its own element, keeps both (the first is read, not the shorter);
// an outline box listing the six headings before the content is not the report.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { htmlToDocument } from '../../src-main/readers/html'

const report = (year: number, received: number, items: number): string =>
  `<h1>某县某局${year}年政府信息公开工作年度报告</h1>` +
  `<p><strong>一、总体情况</strong></p><p>${year}年，全年主动公开政府信息${items}条。本年度共收到政府信息公开申请${received}件，均已按时答复。</p>` +
  `<p><strong>二、主动公开政府信息情况</strong></p><table border="1"><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>${received + 300}</td></tr></table>` +
  `<p><strong>三、收到和处理政府信息公开申请情况</strong></p><p>详见下表。</p>` +
  `<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p><p>无。</p>` +
  `<p><strong>五、存在的主要问题及改进情况</strong></p><p>一是解读形式单一。</p>` +
  `<p><strong>六、其他需要报告的事项</strong></p><p>本年度未收取信息处理费。</p><p>某县某局</p><p>${year + 1}年1月20日</p>`
const page = (body: string): string => `<html><head><meta charset="utf-8"><title>年报</title></head><body>${body}</body></html>`
const paragraphs = (html: string): string[] => htmlToDocument(html, 'x.html').blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))

describe('the element read as the report', () => {
  it('keeps two reports that sit in elements of their own, this year first (not the shorter alone)', () => {
    // Last year's report is the shorter: read alone, its figures would stand for this year's.
    const html = page(`<div id="zoom">${report(2022, 50, 3126)}</div><hr><p>附：往年年报</p><div class="old">${report(2021, 8, 874)}</div>`)
    const texts = paragraphs(html)
    const thisYear = texts.indexOf('某县某局2022年政府信息公开工作年度报告')
    const lastYear = texts.indexOf('某县某局2021年政府信息公开工作年度报告')
    expect(thisYear).toBeGreaterThanOrEqual(0)
    expect(lastYear).toBeGreaterThan(thisYear)
    const ex = extractReport(htmlToDocument(html, 'x.html'))
    expect(ex.report.year).toBe(2022)
    expect(ex.report.metrics.requestsReceived).toBe(50)
    expect(ex.report.metrics.activeDisclosureItems).toBe(3126)
  })

  it('keeps a report whose sections are split over two sibling elements', () => {
    const [head, tail] = report(2022, 50, 3126).split('<p><strong>四、')
    const texts = paragraphs(page(`<div class="a">${head}</div><div class="b"><p><strong>四、${tail}</div>`))
    expect(texts).toContain('2022年，全年主动公开政府信息3126条。本年度共收到政府信息公开申请50件，均已按时答复。')
    expect(texts).toContain('一是解读形式单一。')
  })

  it('does not take an outline box of the six headings for the report, and leaves it out', () => {
    const links = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']
    const outline = `<div class="catalog"><p>某县某局2022年政府信息公开工作年度报告</p><ul>${links.map((l, i) => `<li><a href="#s${i}">${l}</a></li>`).join('')}</ul></div>`
    const texts = paragraphs(page(`${outline}<div class="content">${report(2022, 50, 3126)}</div>`))
    expect(texts).toContain('2022年，全年主动公开政府信息3126条。本年度共收到政府信息公开申请50件，均已按时答复。')
    expect(texts.filter((t) => t === '一、总体情况')).toHaveLength(1)
    const ex = extractReport(htmlToDocument(page(`${outline}${report(2022, 50, 3126)}`), 'x.html'))
    expect(ex.report.metrics.requestsReceived).toBe(50)
  })

  it('still reads the content element alone beside chrome that names no section', () => {
    const texts = paragraphs(page(`<div class="menu"><p>首页</p><p>政务公开</p></div><div class="content">${report(2022, 50, 3126)}</div><div><p>相关链接：某县某局2021年政府信息公开工作年度报告</p></div>`))
    expect(texts).not.toContain('相关链接：某县某局2021年政府信息公开工作年度报告')
    expect(texts).toContain('一是解读形式单一。')
  })
})
