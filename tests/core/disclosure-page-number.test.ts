// Table 二 with its zeros left blank, broken over two pages with a bare page number under a row
// (issue 10): 「规章 1 11」 then the footer 「6」 was read as 1 | 11 | 6 (repealed 11, inForce 6).
// A number alone on the line before a page break may be the page's number or the row's last cell
// (one cell per line): it proves no cell, so where the row needs it the row is left empty with a note.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'
import { textToDocument } from '../../shared/text/text-document'

const HEAD = ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']
const rest = ['信息内容', '本年处理决定数量', '行政许可', '52', '行政处罚', '130', '行政强制', '9', '信息内容', '本年收费金额（万元）', '行政事业性收费', '4.5']

const report = (lines: string[]): string =>
  ['某某局2023年政府信息公开工作年度报告', '一、总体情况', '全年工作有序推进。', '二、主动公开政府信息情况', ...lines, '三、收到和处理政府信息公开申请情况', '略。', '四、政府信息公开行政复议、行政诉讼情况', '略。'].join('\n')

const disclosureOf = (text: string) => extractReport(textToDocument(text, 'x.txt'))

describe('table 二: a bare number before a page break', () => {
  it('a row with a blank cell is not completed by the page number (one cell per line)', () => {
    const ex = disclosureOf(report([...HEAD, '规章', '2', '14', '6', '\f', ...HEAD, '行政规范性文件', '5', '3', '40', ...rest]))
    expect(ex.report.activeDisclosure.rules).toEqual({ issued: null, repealed: null, inForce: null })
    expect(ex.notes.some((n) => n.field === 'activeDisclosure.rules' && n.message.includes('页码'))).toBe(true)
    // The rows on the next page read as before.
    expect(ex.report.activeDisclosure.normativeDocs).toEqual({ issued: 5, repealed: 3, inForce: 40 })
    expect(ex.report.activeDisclosure.licensing?.decisions).toBe(52)
  })

  it('the same row in -layout text (a row per line, the page number on its own line)', () => {
    const ex = disclosureOf(report([HEAD.join('  '), '规章    2    14', '6', '\f', HEAD.join('  '), '行政规范性文件    5    3    40', ...rest]))
    expect(ex.report.activeDisclosure.rules).toEqual({ issued: null, repealed: null, inForce: null })
  })

  it('a complete row: the page number after it is left out, the row read', () => {
    const ex = disclosureOf(report([HEAD.join('  '), '规章    2    0    14', '6', '\f', HEAD.join('  '), '行政规范性文件    5    3    40', ...rest]))
    expect(ex.report.activeDisclosure.rules).toEqual({ issued: 2, repealed: 0, inForce: 14 })
  })

  it('without a page break the row is read as printed (the number is a cell)', () => {
    const text = [...HEAD, '规章', '2', '14', '6', ...HEAD, '行政规范性文件', '5', '3', '40', ...rest].join('\n')
    expect(parseActiveDisclosure(text).table.rules).toEqual({ issued: 2, repealed: 14, inForce: 6 })
    const at = text.indexOf('信息内容', text.indexOf('规章'))
    expect(parseActiveDisclosure(text, [at]).table.rules).toEqual({ issued: null, repealed: null, inForce: null })
  })
})

describe('table 二: a number before a page break the report marked with its own page-number line', () => {
  it('is a cell (the page has its marker), read as printed', () => {
    const ex = disclosureOf(report([...HEAD, '规章', '2', '14', '6', '第 2 页 共 5 页', '\f', ...HEAD, '行政规范性文件', '5', '3', '40', ...rest]))
    expect(ex.report.activeDisclosure.rules).toEqual({ issued: 2, repealed: 14, inForce: 6 })
  })
})
