// 「O」 typed for a zero among a table row's number cells reads as 0; elsewhere it stays a letter.
import { describe, expect, it } from 'vitest'
import { latinZeroCellsAsDigits } from '../../shared/extract/latin-zero'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'

describe('the letter O for a zero', () => {
  it('reads O among number cells as 0, one character for one', () => {
    expect(latinZeroCellsAsDigits('1.属于国家秘密\tO\tO\tO\tO\tO\tO\tO')).toBe('1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0')
    expect(latinZeroCellsAsDigits('3 1 O 1 7 2 o 1 3 6')).toBe('3 1 0 1 7 2 0 1 3 6')
    // A layout reader ran the wrapped label into the cells.
    expect(latinZeroCellsAsDigits('0 0 0 0 0 0 O关不再处理其政府信息公开申请')).toBe('0 0 0 0 0 0 0关不再处理其政府信息公开申请')
  })

  it('reads O in a short row of cells where a number carries a footnote reference', () => {
    // Section 二's rows have three cells: 「2【9】」 is a number cell too (cells.ts reads 2).
    expect(latinZeroCellsAsDigits('规范性文件\t2【9】\tO\t44')).toBe('规范性文件\t2【9】\t0\t44')
    expect(latinZeroCellsAsDigits('规范性文件\t2注1\tO\t44')).toBe('规范性文件\t2注1\t0\t44')
  })

  it('reads O in the first cell of a row without a label (table 四’s numbers on a page of their own)', () => {
    const row = Array(15).fill('O').join('\t')
    expect(latinZeroCellsAsDigits(row)).toBe(Array(15).fill('0').join('\t'))
    // A label of one letter before a short row stays a letter.
    expect(latinZeroCellsAsDigits('O\t1\t2')).toBe('O\t1\t2')
  })

  it('reads O after a label of two cells (table 四 printed down the page, its group cell blank)', () => {
    expect(latinZeroCellsAsDigits('\t结果纠正\tO')).toBe('\t结果纠正\t0')
    expect(latinZeroCellsAsDigits('行政诉讼（复议后起诉）\t结果维持\tO')).toBe('行政诉讼（复议后起诉）\t结果维持\t0')
    // A word cell after the O: not a row of cells.
    expect(latinZeroCellsAsDigits('\t结果纠正\tO\t已办结')).toBe('\t结果纠正\tO\t已办结')
  })

  it('leaves O alone in prose or in a word', () => {
    for (const s of ['O2O平台 O', '采用 O 型 1 2', 'a O b', '方案O 1']) expect(latinZeroCellsAsDigits(s)).toBe(s)
  })

  it('reads table 四 with O for its zeros, and no cell is called blank', () => {
    const text = [
      '某县某局2022年政府信息公开工作年度报告',
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议\t行政诉讼',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
      '3\t1\t2\t1\t7\t2\tO\t1\t3\t6\t1\tO\tO\t1\t2',
      '五、存在的主要问题及改进情况',
      '无。',
    ].join('\n')
    const ex = extractReport(textToDocument(text, 'x.txt'))
    expect(ex.report.reviewLitigation.litigationDirect).toEqual([2, 0, 1, 3, 6])
    expect(ex.report.reviewLitigation.litigationAfterReview).toEqual([1, 0, 0, 1, 2])
  })
})
