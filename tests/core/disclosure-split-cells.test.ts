// Section 二 printed by LibreOffice and read by plain pdftotext (review rv13): in the 2019 template's
// three-cell rows two cells come out before the row's label and the 增/减 cell after it, so the
// numbers after a label are partly the next row's. Such a small table is left unread with a note —
// never read by label (before: 行政处罚 = 减 17 | 410 | 62, the next row's numbers).
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'

const lines = (...xs: (string | number)[]): string => xs.join('\n')
const TOP = ['第二十条第（一）项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '2', '3', '14', '规章', '21', '20', '96', '规范性文件']
const FEES = ['第二十条第（八）项', '信息内容', '上一年项目数量', '本年增/减', '行政事业性收费', '31', '减 4']
const SIX = ['第二十条第（六）项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量']

describe('section 二, cells split round their label', () => {
  it('leaves the table unread, with a note per row, where numbers stand before its first label and cannot be shared out', () => {
    const got = parseActiveDisclosure(lines(...TOP, ...SIX, '2648', '538', '行政处罚', '减 17', '410', '62', '行政强制', '增 26', ...FEES))
    for (const key of ['penalties', 'enforcement'] as const) {
      expect(got.table[key]).toEqual({ lastYearItems: null, change: null, decisions: null })
      expect(got.notes.some((n) => n.field === `activeDisclosure.${key}`)).toBe(true)
    }
    // The rows of the other small tables are read as before.
    expect(got.table.rules).toEqual({ newlyMade: 2, newlyPublished: 3, publishedTotal: 14 })
  })

  it('reads a table whose numbers all stand after their labels, as before', () => {
    const got = parseActiveDisclosure(lines(...TOP, ...SIX, '行政处罚', '2648', '减 17', '538', '行政强制', '410', '增 26', '62', ...FEES))
    expect(got.table.penalties).toEqual({ lastYearItems: 2648, change: -17, decisions: 538 })
    expect(got.table.enforcement).toEqual({ lastYearItems: 410, change: 26, decisions: 62 })
  })
})

describe('section 二, a small table with nothing before its first label nor after its last', () => {
  const ONE = ['第二十条第（一）项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量']
  const REST = ['第二十条第（五）项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', '120', '增 3', '48']

  it('leaves both rows unread: a blank first row of a value-first table, or a blank last row', () => {
    const got = parseActiveDisclosure(lines(...ONE, '规章', '58', '58', '58', '规范性文件', ...REST))
    expect(got.table.rules).toEqual({ newlyMade: null, newlyPublished: null, publishedTotal: null })
    expect(got.table.normativeDocs).toEqual({ newlyMade: null, newlyPublished: null, publishedTotal: null })
    expect(got.notes.some((n) => n.field === 'activeDisclosure.rules')).toBe(true)
    expect(got.notes.some((n) => n.field === 'activeDisclosure.normativeDocs')).toBe(true)
    expect(got.table.licensing).toEqual({ lastYearItems: 120, change: 3, decisions: 48 })
  })

  it('reads both rows where each label has its numbers after it', () => {
    const got = parseActiveDisclosure(lines(...ONE, '规章', '58', '58', '58', '规范性文件', '7', '7', '9', ...REST))
    expect(got.table.rules).toEqual({ newlyMade: 58, newlyPublished: 58, publishedTotal: 58 })
    expect(got.table.normativeDocs).toEqual({ newlyMade: 7, newlyPublished: 7, publishedTotal: 9 })
  })
})
