// A table opening a page right after a table: the previous one's continuation, or another table
// (the second part of a table 三 printed side by side, rv28 pdf-sidesplit) told apart by headings of
// its own (pdf-layout/other-header.ts).
import { describe, expect, it } from 'vitest'
import type { TableCell } from '../../shared/model/document'
import { bringsOtherHeadings } from '../../src-main/readers/pdf-layout/other-header'

const rows = (...rs: string[][]): TableCell[][] => rs.map((r) => r.map((text) => ({ text })))
const first = rows(['项目', '申请人情况'], ['自然人', '法人或其他组织'], ['商业企业', '科研机构'], ['一、本年新收政府信息公开申请数量', '5', '1', '0'])

describe('bringsOtherHeadings', () => {
  it('a second part: its first header row repeated, the rows under it naming other columns', () => {
    const second = rows(['项目', '申请人情况'], ['法人或其他组织', '总计'], ['社会公益组织', '法律服务机构', '其他'], ['一、本年新收政府信息公开申请数量', '0', '1', '2', '9'])
    expect(bringsOtherHeadings(first, second, 1)).toBe(true)
  })

  it('a second part with a flat header and no row repeated: several headings of its own', () => {
    const second = rows(['', '社会公益组织', '法律服务机构', '其他', '总计'], ['一、本年新收政府信息公开申请数量', '0', '1', '2', '9'])
    expect(bringsOtherHeadings(first, second, 0)).toBe(true)
  })

  it('a continuation: the header repeated (wrapped otherwise), or a row cut by the page, or no header', () => {
    expect(bringsOtherHeadings(first, rows(['项目', '申请人情况'], ['自然人', '法人或其他 组织'], ['商业企业', '科研机构'], ['（七）总计', '5', '1', '0']), 3)).toBe(false)
    expect(bringsOtherHeadings(first, rows(['法提供', '', '', ''], ['（五）不予处理', '1', '0', '0']), 0)).toBe(false)
    expect(bringsOtherHeadings(first, rows(['（七）总计', '5', '1', '0']), 0)).toBe(false)
  })

  it('a continuation opening with the rest of a row cut inside itself: words only over the label columns (cut-row-rest.ts)', () => {
    const rest = ['', '其他处理', '人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '', '', '']
    expect(bringsOtherHeadings(first, rows(rest, ['2.申请人逾期未按收费通知要求缴纳费用', '1', '0', '1']), 0)).toBe(false)
    // Words over a count column are headings.
    expect(bringsOtherHeadings(first, rows(['', '其他处理', '人无正当理由', '', '', '组织'], ['2.申请人逾期', '1', '0', '1']), 0)).toBe(true)
  })

  it('tables of words tell nothing apart', () => {
    const words = rows(['问题', '改进措施'], ['公开不及时', '加强督促'])
    expect(bringsOtherHeadings(words, rows(['新问题', '新措施'], ['培训不足', '加强培训']), 0)).toBe(false)
  })
})
