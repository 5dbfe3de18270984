// A scan's table 三 header whose leaves the OCR misread or a seal cut (「自然书」 for 自然人, 「构」 left of
// 法律服务机构): the characters of the unnamed leaves place them among the columns no other leaf takes,
// where only one way fits (requests-misread-leaves.ts). Engine 51's stamp scan read 15 of 198 cells
// (table 三 refused) before; text documents keep the refusal (a heading in other words proves nothing).
import { describe, expect, it } from 'vitest'
import type { TableCell } from '../../shared/model/document'
import { misreadLeavesOrder } from '../../shared/extract/requests-misread-leaves'
import { gridLeafVerdict } from '../../shared/extract/requests-grid-leaves'

const c = (text: string, colSpan?: number, rowSpan?: number): TableCell => ({ text, ...(colSpan ? { colSpan } : {}), ...(rowSpan ? { rowSpan } : {}) })
const header = (natural: string, orgs: string[]): TableCell[][] => [
  [c('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), c('申请人情况', 7)],
  [c(natural, 1, 2), c('法人或其他组织', 5), c('总计', 1, 2)],
  orgs.map((o) => c(o)),
]
const body: TableCell[][] = [[c('一、本年新收政府信息公开申请数量', 3), ...'23 0 0 0 0 0 23'.split(' ').map((n) => c(n))]]

describe('misread header leaves of a scan', () => {
  it('places each unnamed leaf in the one free column its characters fit', () => {
    const leaves = ['自然书', '商业企业', '科研机构', '社会公益组织机', '构', '其他', '总计']
    expect(misreadLeavesOrder(leaves, [-1, 1, 2, 3, -1, 5, 6])).toEqual([0, 1, 2, 3, 4, 5, 6])
  })
  it('refuses where no fit or two fits', () => {
    // 群x fits no free column; two leaves that fit both free columns (机构 fits 科研机构 and 法律服务机构).
    expect(misreadLeavesOrder(['群x', '商业企业', '科研机构', '社会公益组织', '律所', '其他', '总计'], [-1, 1, 2, 3, -1, 5, 6])).toBeNull()
    expect(misreadLeavesOrder(['自然人', '商业企业', '机构', '社会公益组织', '机构', '其他', '总计'], [0, 1, -1, 3, -1, 5, 6])).toBeNull()
  })
  it('a scanned grid reads by the leaves; a text grid with the same header is refused', () => {
    const rows = [...header('自然书', ['商业企业', '科研机构', '社会公益组织机', '构', '其他']), ...body]
    expect(gridLeafVerdict(rows, { scanned: true })).toEqual({ order: [0, 1, 2, 3, 4, 5, 6] })
    expect(gridLeafVerdict(rows)).toHaveProperty('refused')
  })
})
