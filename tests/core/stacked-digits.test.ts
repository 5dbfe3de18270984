// Numbers on two lines of one table cell (two paragraphs in a DOCX cell, <br> in an HTML cell: 「9」「10」).
// The cell's lines were joined, 910 (a wrong number, issue 10); now such a cell is one of unknown value
// (stacked-digits.ts, cells.ts CellToken.stacked) and its row or table is left unread with a note.
import { describe, expect, it } from 'vitest'
import { flatten } from '../../shared/extract/flatten'
import { extractReport } from '../../shared/extract/index'
import { LINE_GAP, markStackedNumbers } from '../../shared/extract/stacked-digits'
import type { SourceDocument, SourceFormat } from '../../shared/model/document'

const shown = (cell: string): string => markStackedNumbers(cell).split(LINE_GAP).join('|')

describe('a cell holding numbers on lines of their own', () => {
  it('keeps them apart; a line that is no number, or a number broken at its separator, is joined as before', () => {
    expect(shown('9\n10')).toBe('9|10')
    expect(shown(' 12 \n 34件 ')).toBe('12|34件')
    expect(shown('１\n２')).toBe('１|２')
    expect(shown('1,\n234')).toBe('1,\n234')
    expect(shown('合计\n12')).toBe('合计\n12')
    expect(shown('9')).toBe('9')
  })

  const HEAD = ['行政复议', '行政诉讼']
  const COLS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
  const review = (format: SourceFormat, cell: string): SourceDocument => ({
    fileName: `t.${format}`,
    format,
    blocks: [
      { kind: 'paragraph', text: '四、政府信息公开行政复议、行政诉讼情况', loc: { block: 0 } },
      {
        kind: 'table',
        loc: { block: 1 },
        rows: [
          [{ text: HEAD[0]!, colSpan: 5 }, { text: HEAD[1]!, colSpan: 10 }],
          [...COLS.map((text) => ({ text, rowSpan: 2 })), { text: '未经复议直接起诉', colSpan: 5 }, { text: '复议后起诉', colSpan: 5 }],
          [...COLS, ...COLS].map((text) => ({ text })),
          [cell, '1', '0', '0', '11', '2', '0', '0', '0', '2', '0', '0', '0', '0', '0'].map((text) => ({ text })),
        ],
      },
      { kind: 'paragraph', text: '五、存在的主要问题及改进情况', loc: { block: 2 } },
    ],
  })

  it('flattens apart in a format without positions, as before in a positioned one', () => {
    expect(flatten(review('docx', '9\n10')).text).toContain(`9${LINE_GAP}10`)
    expect(flatten(review('pdf', '9\n10')).text).not.toContain(LINE_GAP)
  })

  it('table 四 with such a cell is not read, and the note quotes the cell', () => {
    // On main: 维持 read 910 (the group's 总计 11 does not hold, yet the cell was read).
    const got = extractReport(review('docx', '9\n10'))
    expect(got.report.reviewLitigation.review?.[0] ?? null).toBeNull()
    expect(got.notes.some((n) => n.field.startsWith('reviewLitigation') && n.message.includes('分行印有「9／10」'))).toBe(true)
    // The same cell on one line is read (the table's own sums hold: 10 + 1 = 11).
    expect(extractReport(review('docx', '10')).report.reviewLitigation.review?.[0]).toBe(10)
  })
})
