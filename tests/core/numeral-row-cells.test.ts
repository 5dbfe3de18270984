// A table row of Chinese numerals only (table 四's one data row typed 「二 一 〇 一 四 …」, review rv17 a05):
// each cell is its count. Before, numerals were written as digits only after the row's first cell that
// is no numeral (its label), so a row without a label kept its numerals and table 四 was not read.
import { describe, expect, it } from 'vitest'
import { flatten } from '../../shared/extract/flatten'
import type { SourceDocument } from '../../shared/model/document'
import { join } from 'node:path'
import { readFile } from '../../src-main/readers/index'
import { extractReport } from '../../shared/extract/index'

const doc = (cells: string[]): SourceDocument => ({ fileName: 't.html', format: 'html', blocks: [{ kind: 'table', rows: [cells.map((text) => ({ text }))], loc: { block: 0 } }] })
const T4_CELLS = ['二', '一', '〇', '一', '四', '一', '〇', '〇', '一', '二', '〇', '一', '〇', '〇', '一']

describe('a row of numerals only', () => {
  it('is its numbers, five cells or more', () => {
    expect(flatten(doc(T4_CELLS)).text).toMatch(/^2\D+1\D+0\D+1\D+4\D+1/)
  })
  it('a row numbering the columns 一 … 十五 (栏次) is no data: left as printed (review rv17c: read as 1 … 15)', () => {
    const cols = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五']
    expect(flatten(doc(cols)).text).toContain('十五')
    expect(flatten(doc(cols)).text).not.toMatch(/\b15\b/)
  })
  it('a short row of numerals (a 序号 column, 「一 二 三」) is left as printed', () => {
    expect(flatten(doc(['一', '二', '三'])).text).toContain('一')
  })
  it('reads table 四 typed in numerals in a saved web page (every cell of both tables a numeral)', async () => {
    const got = await readFile(join(__dirname, 'fixtures/rv17/cn-numerals.html'), { ocr: false })
    expect(got.ok).toBe(true)
    if (!got.ok) return
    const { report } = extractReport(got.document)
    expect(report.reviewLitigation.review).toEqual([2, 1, 0, 1, 4])
    expect(report.reviewLitigation.litigationDirect).toEqual([1, 0, 0, 1, 2])
    expect(report.reviewLitigation.litigationAfterReview).toEqual([0, 1, 0, 0, 1])
  })
})
