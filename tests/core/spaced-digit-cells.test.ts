// Digits set apart by spaces inside one cell (a font's wide letter-spacing, 「2 6」 for 26; issue 10):
// where the source bounds the cell (DOCX, HTML, Markdown, tab fields), or where the row shows cell bounds
// other than spaces (cells one a line, a label run into its
// digits), which digits make one number is not printed, so the row (table 四: the table) is left unread
// with a note — never read as 2 and 6, nor as the 2 alone (spaced-digit-cells.ts, cells.ts spaced).
// Where spaces are the row's only bounds (pdftotext -layout, one line of cells) it is read as before.
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'
import { readCells } from '../../shared/extract/cells'
import { parseReviewTable } from '../../shared/extract/review-table'
import { markLetterSpacedCell, markLetterSpacedTabFields } from '../../shared/extract/grouped-digits'

// Tab lines as flatten gives them for a source that bounds its cells (DOCX, HTML, Markdown, tab text).
const tabs = (lines: string[]): string => lines.map(markLetterSpacedTabFields).join('\n')

const HEAD_2021 = '信息内容\t本年制发件数\t本年废止件数\t现行有效件数'
const HEAD_2019 = '信息内容\n上一年项目数量\n本年增/减'

const notesOf = (text: string, key: string): string[] => parseActiveDisclosure(text).notes.filter((n) => n.field === `activeDisclosure.${key}`).map((n) => n.message)

describe('a cell of digits apart by spaces (tab-bounded cells)', () => {
  it('is one untrusted cell, not 1 and a sentence count 1件', () => {
    const toks = readCells(tabs(['规章\t1件\t0件\t1 1件']))
    expect(toks.map((t) => t.value)).toEqual([1, 0, null])
    expect(toks.at(-1)).toMatchObject({ spaced: true, glued: true })
  })

  it('a number grouped by a space (「1 391」), zeros (「0 0 0」: narrow cell gaps) are no letter-spaced cell', () => {
    expect(['1 391', '0 0 0', '12 5', '2 6件', '1 3 9 1'].map((c) => markLetterSpacedCell(c) !== c)).toEqual([false, false, false, true, true])
  })

  it('leaves the section 二 row unread with a note (before: 规章 inForce 11 read 1, 规范性文件 26 | 66 read 2 | 6)', () => {
    const text = tabs([HEAD_2021, '规章\t1件\t0件\t1 1件', HEAD_2021, '规范性文件\t8件\t2 6件\t6 6件'])
    const r = parseActiveDisclosure(text)
    expect(r.table.rules).toEqual({ issued: null, repealed: null, inForce: null })
    expect(r.table.normativeDocs).toEqual({ issued: null, repealed: null, inForce: null })
    expect(notesOf(text, 'rules').join()).toContain('「1 1」')
    expect(notesOf(text, 'normativeDocs').join()).toContain('无法确定是一个数还是两个数')
  })

  it('leaves table 四 unread with a note naming the spaced cell (before: 「表四只读到 1 个数字」, the 「0件」 after 「1 」 dropped as a count in a sentence)', () => {
    const groups = (name: string, first: string): string[] => [`${name}\t结果维持\t${first}`, '结果纠正\t1件', '其他结果\t0件', '尚未审结\t0件', '总计\t0件']
    const zone = ['四．行政复议、行政诉讼情况', '项目\t件数', ...groups('行政复议', '1 0件'), ...groups('行政诉讼（未经复议直接起诉）', '0件'), ...groups('行政诉讼（复议后起诉）', '5件')].map(markLetterSpacedTabFields).join('\n')
    const r = parseReviewTable(zone)
    expect(r.table.review ?? null).toBeNull()
    expect(r.notes.map((n) => n.message).join()).toContain('「1 0」')
  })
})

describe('digits apart by one space where the row shows other cell bounds', () => {
  it('crawled text run together: 「82 66 6」 is not three cells (8 | 26 | 66 printed)', () => {
    const text = '信息内容本年制发件数本年废止件数现行有效件数行政规范性文件82 66 6\n'
    expect(parseActiveDisclosure(text).table.normativeDocs).toEqual({ issued: null, repealed: null, inForce: null })
    expect(notesOf(text, 'normativeDocs').join()).toContain('「82 66」')
  })

  it('a cell a line: 「4 4」 on the line after its label is not 4 | 4 (44 and a blank printed)', () => {
    const text = [HEAD_2019, '行政事业性收费', '4 4', '信息内容'].join('\n')
    expect(parseActiveDisclosure(text).table.fees).toEqual({ lastYearItems: null, change: null })
    expect(notesOf(text, 'fees').join()).toContain('「4 4」')
  })

  it('plain text, a cell a line: 「2」 then 「4 4」 is not 2 | 4 | 4', () => {
    const text = [HEAD_2021.replace(/\t/g, '\n'), '行政规范性文件', '2', '4 4'].join('\n')
    expect(parseActiveDisclosure(text).table.normativeDocs).toEqual({ issued: null, repealed: null, inForce: null })
  })
})

describe('spaces as the row\'s only cell bounds: read as before', () => {
  it('pdftotext -layout', () => {
    expect(parseActiveDisclosure(`${HEAD_2021.replace(/\t/g, '    ')}\n规章    1    0    11\n`).table.rules).toEqual({ issued: 1, repealed: 0, inForce: 11 })
  })
  it('one line of cells apart by single spaces', () => {
    expect(parseActiveDisclosure(`${HEAD_2021.replace(/\t/g, ' ')}\n规章 1 0 11\n`).table.rules).toEqual({ issued: 1, repealed: 0, inForce: 11 })
  })
})

// Review rv23b: a spaced count with its unit, 「1 1件」, in plain text (the label on a line of its own) and in a
// PDF line where spaces are the only bounds (「行政处罚 1 1 件」): the 「1件」 was left out as a count in words and
// the row read 1 for 11 (before this session too). Digits one space from a number that are no cell of the row
// leave the row unread.
describe('a spaced count with its unit outside tab-bounded cells', () => {
  const HEAD = '第二十条第（五）项\n信息内容\n本年处理决定数量'
  it('plain text, the label on its own line: 「1 1件」 is not read as 1', () => {
    const text = `${HEAD}\n行政许可\n\n1 1件\n第二十条第（六）项\n信息内容\n本年处理决定数量\n行政处罚\n\n36件`
    const r = parseActiveDisclosure(text)
    expect(r.table.licensing?.decisions ?? null).toBeNull()
    expect(notesOf(text, 'licensing').join()).toContain('无法确定是一个数还是两个数')
  })
  it('a PDF line: 「行政处罚 1 1 件」 is not read as 1', () => {
    const text = `第二十条第（六）项\n信息内容本年处理决定数量\n行政处罚 1 1 件\n行政强制 0\n第二十条第（八）项`
    const r = parseActiveDisclosure(text)
    expect(r.table.penalties?.decisions ?? null).toBeNull()
    expect(r.table.enforcement?.decisions).toBe(0)
  })
})
