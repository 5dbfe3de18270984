// Section 二's small-table headings as a scan's recogniser misreads them (eval-scans gen-1 fax, 1-bit at
// half the lines): 上一年's 一 read as a dash (「上-年项目数量」「L..E-年项目数量」), 项目's 目 as 口 or 日
// (「上一年项口数量」), 处理决定's 理 as 牌 and 数量's 量 as 民 (「处牌决定数民」). Taken for columns no template
// has, they left the rows 其他对外管理服务事项, 行政强制 and 行政事业性收费 unread (disclosure-header-columns.ts).
import { describe, expect, it } from 'vitest'
import { headerColumns } from '../../shared/extract/disclosure-header-columns'

const FIELDS = ['lastYearItems', 'change', 'decisions']

describe('a scanned small table\'s misread headings', () => {
  it.each([
    ['上-年项目数量\t本年增/减\t处理决定数量'],
    ['L..E-年项目数量\t本年增/减\t处理决定数量'],
    ['..-年项目数量\t本年增/减\t处理决定数量'],
    ['上一年项口数量\t本年增/减\t处牌决定数民'],
    ['上一年项日数量武\t本本年增/减\t处理决定数民'],
    ['上一年项自数量\t本年增/减\t处理决定数量'],
  ])('%s: each column its field, none unknown', (header) => {
    const hc = headerColumns(header, FIELDS)
    expect(hc?.columns).toEqual([0, 1, 2])
    expect(hc?.unknown).toEqual([])
  })

  it('本年项目数量 is still no 上一年项目数量 (a column of this year\'s items, unknown)', () => {
    const hc = headerColumns('本年项目数量\t本年增/减\t处理决定数量', FIELDS)
    expect(hc?.columns).toEqual([null, 1, 2])
  })
})
