// Grid tables (pandoc's Markdown for wrapped Word tables; rv27 md-grid): each row's lines joined per
// cell. Before grid-table.ts every line was a row of its own and the +---+ rules paragraphs, so each
// grid row was a table alone and wrapped headings and labels were cut in two (29 % of cells read).
import { describe, expect, it } from 'vitest'
import { gridTablesAsPipeRows } from '../../shared/text/grid-table'
import { joinPieces } from '../../shared/text/grid-table-join'
import { gridRowsBySpans } from '../../shared/text/grid-table-spans'
import { textToDocument } from '../../shared/text/text-document'
import { extractReport } from '../../shared/extract/index'

const TABLE = [
  '+--------------+--------------+--------------+--------------+',
  '| 第二十条第（ |              |              |              |',
  '| 一）项       |              |              |              |',
  '+==============+==============+==============+==============+',
  '| 信息内容     | 本年新制作数 | 本年新公开数 | 对外公开总数 |',
  '|              | 量           | 量           | 量           |',
  '+--------------+--------------+--------------+--------------+',
  '| 规章         | 3            | 2            | 41           |',
  '+--------------+--------------+--------------+--------------+',
  '| 规范性文件   | 7            | 5            | 128          |',
  '+--------------+--------------+--------------+--------------+',
]

describe('grid tables', () => {
  it('joins each row’s lines cell by cell and keeps the line count', () => {
    const out = gridTablesAsPipeRows(TABLE)
    expect(out).toHaveLength(TABLE.length)
    expect(out[1]).toBe('| 第二十条第（一）项 |  |  |  |')
    expect(out[4]).toBe('| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |')
    expect(out[7]).toBe('| 规章 | 3 | 2 | 41 |')
  })

  it('makes one table whose rows carry the whole labels', () => {
    const doc = textToDocument(['二、主动公开政府信息情况', ...TABLE].join('\n'), 'a.md')
    const tables = doc.blocks.filter((b) => b.kind === 'table')
    expect(tables).toHaveLength(1)
    const rows = tables[0]!.kind === 'table' ? tables[0]!.rows.map((r) => r.map((c) => c.text)) : []
    expect(rows).toEqual([
      ['第二十条第（一）项', '', '', ''],
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
      ['规章', '3', '2', '41'],
      ['规范性文件', '7', '5', '128'],
    ])
  })

  it('never glues two counts stacked in one cell into one number', () => {
    expect(joinPieces(['12', '34'])).toBe('12 34')
    expect(joinPieces(['769万', '元'])).toBe('769万元')
  })

  it('leaves a row whose lines split differently (a spanning cell) line by line', () => {
    const spanned = ['+------+------+', '| 规章 | 3    |', '| 续   4      |', '+------+------+']
    const out = gridTablesAsPipeRows(spanned)
    expect(out[1]).toBe('| 规章 | 3    |')
    expect(out[2]).toBe('| 续   4      |')
  })

  it('reads section 二 from a grid table', () => {
    const text = ['某县某局2024年政府信息公开工作年度报告', '一、总体情况', '本年度主动公开信息。', '二、主动公开政府信息情况', ...TABLE, '三、收到和处理政府信息公开申请情况', '无。'].join('\n')
    const ex = extractReport(textToDocument(text, 'a.md'))
    expect(ex.report.activeDisclosure.rules).toEqual({ newlyMade: 3, newlyPublished: 2, publishedTotal: 41 })
    expect(ex.report.activeDisclosure.normativeDocs).toEqual({ newlyMade: 7, newlyPublished: 5, publishedTotal: 128 })
  })

  it('reads merged cells as pandoc 3 prints them: text in the first place, the places it covers empty', () => {
    const table = [
      '+--------+--------+----------+------+',
      '| 申请人 | 自然人 | 法人或其他组织  |',
      '| 情况   |        +----------+------+',
      '|        |        | 商业企业 | 其他 |',
      '+--------+--------+----------+------+',
      '| 新收   | 12     | 3        | 0    |',
      '+--------+--------+----------+------+',
    ]
    expect(gridRowsBySpans(table)).toEqual({
      rows: [
        ['申请人情况', '自然人', '法人或其他组织', ''],
        ['', '', '商业企业', '其他'],
        ['新收', '12', '3', '0'],
      ],
      lines: [1, 3, 5],
    })
    // The half of a Chinese character is no column bound: a wide cell is read whole.
    expect(gridTablesAsPipeRows(table)[1]).toBe('| 申请人情况 | 自然人 | 法人或其他组织 |  |')
  })
})
