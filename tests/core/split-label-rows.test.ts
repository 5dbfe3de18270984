// A table-三 row label split over two grid rows, the numbers on the second, is one row only where the
// two pieces make a template label (split-label-rows.ts, review hr37 L1); never by position alone.
import { describe, expect, it } from 'vitest'
import { joinSplitLabelRows } from '../../shared/extract/split-label-rows'

const row = (...texts: string[]) => texts.map((text) => ({ text }))
const blanks = (label: string) => row(label, '', '', '', '', '', '', '')

describe('joinSplitLabelRows', () => {
  it('joins a label head with empty cells onto the row of its rest and numbers', () => {
    const out = joinSplitLabelRows([blanks('一、本年新收政府'), row('信息公开申请数量', '409', '52', '2', '3', '9', '8', '483'), row('二、上年结转政府信息公开申请数量', '13', '0', '0', '0', '0', '0', '13')])
    expect(out.rows.map((r) => r[0]!.text)).toEqual(['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量'])
    expect(out.rows[0]!.map((c) => c.text).slice(1)).toEqual(['409', '52', '2', '3', '9', '8', '483'])
    expect(out.from).toEqual([1, 2])
  })

  it('joins under a merged group heading the grid gives only in its first row', () => {
    const out = joinSplitLabelRows([[{ text: '（四）无法提供', rowSpan: 4 }, ...blanks('1.本机关不掌握相关政府')], row('信息', '76', '10', '0', '0', '0', '0', '86')])
    expect(out.rows).toHaveLength(1)
    expect(out.rows[0]!.map((c) => c.text).slice(0, 3)).toEqual(['（四）无法提供', '1.本机关不掌握相关政府信息', '76'])
    expect(out.rows[0]![0]!.rowSpan).toBe(3)
  })

  it('knows the wordings of the row-label matcher and of the labels\' tails (本年度, 申请数, 内容事务, 下一年度, 情况, 其它, 合计)', () => {
    const pairs: [string, string][] = [
      ['一、本年度新收政府', '信息公开申请数'],
      ['5.属于三类内', '容事务信息'],
      ['四、结转下一', '年度继续办理'],
      ['（二）部分公开（区分处理的，只计这一情况，', '不计其它情况）'],
      ['1.信访、举报', '、投诉类申请'],
      ['（七）', '合计'],
    ]
    for (const [head, rest] of pairs) {
      const out = joinSplitLabelRows([blanks(head), row(rest, '1', '0', '0', '0', '0', '0', '1')])
      expect(out.rows.map((r) => r[0]!.text)).toEqual([head + rest])
    }
  })

  it('keeps rows whose pieces make no template label, or whose second piece is numbered', () => {
    const rows = [blanks('一、本年新收政府'), row('其他申请数量', '409', '52', '2', '3', '9', '8', '483'), blanks('（三）不予公开'), row('1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0')]
    expect(joinSplitLabelRows(rows).rows).toEqual(rows)
  })

  it('keeps a whole label row with blank cells apart from the next row', () => {
    const rows = [blanks('（七）总计'), row('总计', '1', '0', '0', '0', '0', '0', '1')]
    expect(joinSplitLabelRows(rows).rows).toEqual(rows)
  })
})
