// Table 二 in text of unknown cell bounds with spaces between digits (disclosure-grouped.ts): a
// number printed alone between spaces with four digits or more shows the report does not group
// digits by spaces, so 「45 45 312」 stays three cells; without such evidence a space between digits
// may be a digit group, and cells the two readings differ on are empty with a note.
import { describe, expect, it } from 'vitest'
import { joinSpacedGroups, parseActiveDisclosureGrouped } from '../../shared/extract/disclosure-grouped'

const HEAD = '第二十条第（一）项\n信息内容 本年新制作数量 本年新公开数量 对外公开总数量\n'

describe('table 二 with spaces between digits', () => {
  it('closes up possible digit groups without moving other text', () => {
    expect(joinSpacedGroups('行政处罚 2 776件')).toBe('行政处罚 2776 件')
    expect(joinSpacedGroups('规章 1 234 567')).toBe('规章 1234567  ')
    expect(joinSpacedGroups('规章 12 5 0')).toBe('规章 12 5 0')
  })

  it('keeps single-spaced cells where the report prints plain four-digit numbers', () => {
    const text = `${HEAD}规章 0 0 0\n规范性文件 45 45 312\n第二十条第（五）项\n信息内容 上一年项目数量 本年增/减 处理决定数量\n行政许可 2081 减 12 3456\n`
    const r = parseActiveDisclosureGrouped(text)
    expect(r.table.normativeDocs).toEqual({ newlyMade: 45, newlyPublished: 45, publishedTotal: 312 })
  })

  it('leaves a cell empty with a note where the two readings differ', () => {
    const text = `${HEAD}规章 0 0 0\n规范性文件 45 45 312\n`
    const r = parseActiveDisclosureGrouped(text)
    const row = r.table.normativeDocs as Record<string, number | null>
    expect(row.publishedTotal ?? null).toBeNull()
    expect(r.notes.some((n) => n.field === 'activeDisclosure.normativeDocs' && n.message.includes('空格分节'))).toBe(true)
  })
})
