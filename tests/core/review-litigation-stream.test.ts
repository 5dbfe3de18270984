// Table 四's header in plain pdftotext where a litigation group's heading is run into the result
// headings (review 12 R12-10: 复议后起诉 printed to the right but first in the stream): the two
// litigation groups' order is not shown, so both orders are readings (a cell read only where they agree).
import { describe, expect, it } from 'vitest'
import { reviewColumnMap } from '../../shared/extract/review-columns'

const STREAM = ['行政复议', '行政诉讼', '未经复议直接起诉', '结果维 结果纠 其他结 尚未审 总 结果维 结果纠复议后起诉', '尚未审 总 结果维 结果纠 其他结 尚未审 总', '持 正 果 结 计 持 正 其他结', '果 结 计 持 正 果 结 计'].join('\n')

describe('table 四: litigation headings in stream order', () => {
  it('gives both litigation orders as readings', () => {
    const map = reviewColumnMap(STREAM)
    expect(map.kind).toBe('some')
    if (map.kind === 'some') expect(map.orders.map((o) => o.slice(5, 10).join())).toEqual(expect.arrayContaining(['5,6,7,8,9', '10,11,12,13,14']))
  })
  it('a header whose headings stand apart keeps the order it shows', () => {
    const map = reviewColumnMap(['行政复议 行政诉讼', '未经复议直接起诉 复议后起诉', '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计'].join('\n'))
    expect(map.kind).toBe('template')
  })
  it('two litigation headings on lines of their own, the results several to a line: both orders (rv5 RV5-4)', () => {
    // pdftotext without -layout of a page whose 未经复议直接起诉 cell is padded: it comes a line later.
    const padded = ['行政复议', '行政诉讼', '复议后起诉', '未经复议直接起诉', '结果维 结果纠 其他结 尚未审 总 结果维 结果纠 其他结 尚未审 总 结果维 结果纠 其他结 尚未审 总', '持 正 果 结 计 持 正 果 结 计 持 正 果 结 计'].join('\n')
    expect(reviewColumnMap(padded).kind).toBe('some')
    // A cell per line (a crawled page): the lines' order is the page's.
    const crawled = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', ...Array(3).fill(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']).flat()].join('\n')
    expect(reviewColumnMap(crawled).kind).toBe('template')
  })
  it('a cell per line with 复议后起诉 before 未经复议直接起诉: both orders (rv24 r3)', () => {
    // A viewer's copy of a template-ordered table (one cell per line) whose two litigation headings came
    // out swapped: read in that order, the two groups' ten cells were given to each other.
    const r3 = ['行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '复议后起诉', '未经复议直接起诉', ...Array(2).fill(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']).flat()].join('\n')
    const map = reviewColumnMap(r3)
    expect(map.kind).toBe('some')
    if (map.kind === 'some') expect(map.orders.map((o) => o.slice(5, 10).join())).toEqual(expect.arrayContaining(['5,6,7,8,9', '10,11,12,13,14']))
  })
})
