// A 「/」 alone on a line below a section 二 row laid out in columns (review rv27 A): a piece of the
// wrapped heading 「本年增/减」 as likely as a cell of the row. Taken as the row's last cell it made the
// row's count match a header with a column too many, and each number moved one column (the change read
// 430, the decisions 0 from the 「/」). The row is left unread with a note; a dash among the row's cells on
// its own line, and a text printing one cell a line, are read as before.
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'

const head = ['二、主动公开政府信息情况', '第二十条第（六）项']
const row = (table: string[]): ReturnType<typeof parseActiveDisclosure> => parseActiveDisclosure([...head, ...table].join('\n'))

describe('a lone 「/」 on a line below a laid-out row', () => {
  it('with a header holding a column too many: the row is unread, not shifted', () => {
    const r = row(['信息内容', '服务事项     上一年项 本年增 减 处理决定', '行政处罚', '                   1736               5                             218', '                                                            /'])
    expect(r.table.penalties).toEqual({ lastYearItems: null, change: null, decisions: null })
    expect(r.notes.some((n) => n.field === 'activeDisclosure.penalties' && n.message.includes('单独一行印有「/」'))).toBe(true)
  })
  it('after a wrapped caption piece, with a clean header: unread as well', () => {
    const r = row(['信息内容   上一年项目数量   本年增/减   处理决定数量', '行政处罚      1736      5      218', '（六）项', '                                   /', '行政强制      40      -2      17'])
    expect(r.table.penalties).toEqual({ lastYearItems: null, change: null, decisions: null })
    expect(r.table.enforcement).toEqual({ lastYearItems: 40, change: -2, decisions: 17 })
  })
  it('a dash on the row\'s own line is its cell (read as 0)', () => {
    const r = row(['信息内容   上一年项目数量   本年增/减   处理决定数量', '行政处罚      1736      /      218'])
    expect(r.table.penalties).toEqual({ lastYearItems: 1736, change: 0, decisions: 218 })
  })
  it('one cell a line: the dash is the row\'s last cell', () => {
    const r = row(['信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政处罚', '1736', '5', '/'])
    expect(r.table.penalties).toEqual({ lastYearItems: 1736, change: 5, decisions: 0 })
  })
})
