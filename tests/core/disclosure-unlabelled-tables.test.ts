// Section 二: a small table under its own header whose row label this program does not know
// (disclosure-unlabelled-tables.ts). Its numbers are no row's above the header.
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'

const H3 = '信息内容本年新制作数量本年新公开数量对外公开总数量'
const H5 = '信息内容上一年项目数量本年增/减处理决定数量'

describe('section 二, a table whose row has a label the program does not know', () => {
  it('crawled text without cell breaks: the row above does not take its numbers (left unread, with a note)', () => {
    const got = parseActiveDisclosure([`${H3}规章000`, `${H3}规范性文件6630`, `${H5}公共服务事项14减2994`, `${H5}其他对外管理服务事项19增3410`].join('\n'))
    // Before: 6630 | 14 | −2994 (true 6 | 6 | 30, which the glued 「6630」 cannot tell).
    expect(got.table.normativeDocs).toEqual({ newlyMade: null, newlyPublished: null, publishedTotal: null })
    expect(got.table.rules).toEqual({ newlyMade: 0, newlyPublished: 0, publishedTotal: 0 })
    const mine = got.notes.filter((n) => n.field === 'activeDisclosure.normativeDocs').map((n) => n.message)
    expect(mine).toEqual(expect.arrayContaining([expect.stringContaining('14 减2994')]))
  })

  it('cells apart: the row above keeps its own three', () => {
    const got = parseActiveDisclosure([`${H3} 规章 0 0 0`, `${H3} 规范性文件 6 6 30`, `${H5} 公共服务事项 14 减2 994`, `${H5} 其他对外管理服务事项 19 增34 10`].join('\n'))
    expect(got.table.normativeDocs).toEqual({ newlyMade: 6, newlyPublished: 6, publishedTotal: 30 })
    expect(got.table.otherServices).toEqual({ lastYearItems: 19, change: 34, decisions: 10 })
  })
})
