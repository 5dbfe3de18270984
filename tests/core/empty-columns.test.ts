// A table column with no heading and no text in any row (the thin grid column a Word table keeps
// after merges, a web page's spacer column) is no column: before, table 三's rows got an eighth
// cell, a printed 0 was dropped "like a page number" and every later cell read one column off, the
// rows' sums still holding (review 12 R12-1: 431 wrong cells in HTML, DOCX, DOC, ODT and PDF).
import { describe, expect, it } from 'vitest'
import { withoutEmptyColumns } from '../../shared/extract/empty-columns'
import { extractReport } from '../../shared/extract/index'
import { REQUEST_COLUMN_LABELS, REQUEST_ROW_GROUP, REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { TableCell } from '../../shared/model/document'
import { KEYS, ROWS } from './requests-fixture'
import { doc } from './requests-grid-fixture'

const c = (text: string, colSpan?: number): TableCell => (colSpan ? { text, colSpan } : { text })
const texts = (rows: TableCell[][]): string[][] => rows.map((r) => r.map((x) => (x.colSpan ? `${x.text}/${x.colSpan}` : x.text)))

describe('withoutEmptyColumns', () => {
  it('drops a column empty in every row, and takes it out of a heading spanning it', () => {
    const rows = [
      [c('申请人情况', 4), c('总计')],
      [c('自然人'), c('商业企业', 2), c('科研机构'), c('')],
      [c('1'), c('2'), c(''), c('0'), c('3')],
      [c('4'), c('0'), c(''), c('1'), c('5')],
    ]
    expect(texts(withoutEmptyColumns(rows))).toEqual([
      ['申请人情况/3', '总计'],
      ['自然人', '商业企业', '科研机构', ''],
      ['1', '2', '0', '3'],
      ['4', '0', '1', '5'],
    ])
  })
  it('keeps a column empty under its own heading (blank counts), and tables with no header row', () => {
    const headed = [[c('自然人'), c('商业企业'), c('总计')], [c('1'), c(''), c('1')], [c('2'), c(''), c('2')]]
    expect(withoutEmptyColumns(headed)).toBe(headed)
    // A table continued on the next page without its header: a blank column there may be a real one.
    const headless = [[c('（一）予以公开'), c('1'), c(''), c('1')], [c('（二）部分公开'), c('2'), c(''), c('2')], [c('（三）不予公开'), c('0'), c(''), c('0')]]
    expect(withoutEmptyColumns(headless)).toBe(headless)
  })
  it('drops a 备注 column blank in every row, and never the last column (a column cut at the page edge is blank too)', () => {
    const rows = [[c('项目'), c('自然人'), c('备注'), c('总计'), c('')], [c('a'), c('1'), c(''), c('1'), c('')], [c('b'), c('2'), c(''), c('2'), c('')]]
    expect(texts(withoutEmptyColumns(rows))).toEqual([
      ['项目', '自然人', '总计', ''],
      ['a', '1', '1', ''],
      ['b', '2', '2', ''],
    ])
  })
  it('takes a cell holding only a web editor\'s fill character (U+200B, U+2060) for empty (rv5 RV5-2)', () => {
    const rows = [[c('项目'), c('自然人'), c(''), c('总计')], [c('a'), c('1'), c('\u200b'), c('1')], [c('b'), c('2'), c('\u2060'), c('2')]]
    expect(texts(withoutEmptyColumns(rows))).toEqual([['项目', '自然人', '总计'], ['a', '1', '1'], ['b', '2', '2']])
  })
  it('takes no blank data row below the numbers for a header row (rv5 RV5-1: the header in a table of its own)', () => {
    const rows = [[c('一、本年新收'), c('3'), c(''), c('3')], [c('二、上年结转'), c('1'), c(''), c('1')], [c('（六）其他处理'), c('申请人逾期不补正'), c(''), c('')]]
    expect(withoutEmptyColumns(rows)).toBe(rows)
  })
  it('never drops every column a heading spans', () => {
    const rows = [[c('项目'), c('商业企业', 2), c('总计')], [c('a'), c(''), c(''), c('1')], [c('b'), c(''), c(''), c('2')]]
    expect(texts(withoutEmptyColumns(rows))[0]).toEqual(['项目', '商业企业', '总计'])
    expect(withoutEmptyColumns(rows)[1]).toHaveLength(3)
  })
})

describe('table 三 with an empty spacer column, read from its cells', () => {
  it('reads every row right: no 0 dropped, no column shifted', () => {
    const spacer = (cells: TableCell[]): TableCell[] => [cells[0]!, cells[1]!, c(''), ...cells.slice(2)]
    const header = [c('申请人情况', 2), c('自然人'), c(''), ...REQUEST_COLUMN_LABELS.slice(1).map((l) => c(l))]
    const body = KEYS.map((k) => spacer([c(REQUEST_ROW_GROUP[k] ?? ''), c(REQUEST_ROW_LABELS[k]), ...ROWS.get(k)!.map((n) => c(String(n)))]))
    // The label cells: group label and row label; the spacer stands between 自然人 and 商业企业.
    const rows = [header, ...body.map((r) => [r[0]!, r[1]!, r[3]!, r[2]!, ...r.slice(4)])]
    const got = extractReport(doc(rows)).report.requests.rows as Record<string, (number | null)[]>
    const wrong = KEYS.filter((k) => got[k] && got[k]!.some((x, i) => x !== null && x !== ROWS.get(k)![i]))
    expect(wrong).toEqual([])
    expect(KEYS.filter((k) => !got[k] || got[k]!.some((x) => x === null))).toEqual([])
  })
})
