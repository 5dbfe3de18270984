// Section 二 of the 2019 template kept four columns wide by its Word table: the 政府集中采购 row prints
// its two numbers in the first and the last cell, the middle one empty (review 9 F12: left unread
// with 「读到 3 个数字」). The first and last cell are the row's two; a row whose first or last cell is
// the empty one stays unread.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { readHtml } from '../../src-main/readers/html'

const page = (cells: string): string => `<html><body><p>某县某局2019年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p>
<table><tr><td colspan="4">第二十条第（十五）项</td></tr><tr><td>采购项目</td><td>采购项目数量</td><td></td><td>采购总金额</td></tr>
<tr><td>政府集中采购</td>${cells}</tr></table><p>三、收到和处理政府信息公开申请情况</p></body></html>`

function procurement(cells: string) {
  const read = readHtml(new TextEncoder().encode(page(cells)), 'p.html', 'p.html')
  if (!read.ok) throw new Error(read.error.message)
  return extractReport(read.document).report.activeDisclosure.procurement
}

describe('a two-number row in a wider table', () => {
  it('reads the first and the last cell where the cells between are empty', () => {
    expect(procurement('<td>1550</td><td></td><td>48616.53</td>')).toEqual({ projects: 1550, amountWanYuan: 48616.53 })
  })
  it('leaves the row unread where an end cell is the empty one', () => {
    expect(procurement('<td></td><td>1550</td><td>48616.53</td>')?.projects ?? null).toBeNull()
  })
})
