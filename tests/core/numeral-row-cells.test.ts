// A table row of Chinese numerals only (table 四's one data row typed 「二 一 〇 一 四 …」, review rv17 a05):
// each cell is its count. Before, numerals were written as digits only after the row's first cell that
// is no numeral (its label), so a row without a label kept its numerals and table 四 was not read.
import { describe, expect, it } from 'vitest'
import { flatten } from '../../shared/extract/flatten'
import type { SourceDocument } from '../../shared/model/document'
import { join } from 'node:path'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
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

// Table 四 with a row numbering its columns, in digits or in numerals, then the data row or none.
const T4_HEAD = '<p>四、政府信息公开行政复议、行政诉讼情况</p><table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>' +
  '<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>' +
  '<tr>' + '<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>'.repeat(2) + '</tr>'
const row = (cells: (string | number)[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`
const DIGITS = Array.from({ length: 15 }, (_, i) => i + 1)
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五']
const DATA = [2, 1, 0, 1, 4, 1, 0, 0, 1, 2, 0, 1, 0, 0, 1]

async function reviewOf(rows: string): Promise<ReturnType<typeof extractReport>> {
  const dir = mkdtempSync(join(tmpdir(), 'colnum-'))
  const file = join(dir, 'r.html')
  writeFileSync(file, `<html><body>${T4_HEAD}${rows}</table><p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>`)
  const got = await readFile(file, { ocr: false })
  if (!got.ok) throw new Error('not read')
  return extractReport(got.document)
}

describe('a row numbering table 四\'s columns (栏次)', () => {
  it('in digits 1 … 15 with no data row after it is no data (was read 1 … 15)', async () => {
    const { report, notes } = await reviewOf(row(DIGITS))
    for (const group of [report.reviewLitigation.review, report.reviewLitigation.litigationAfterReview]) expect(group ?? []).not.toContain(15)
    expect(report.reviewLitigation.review ?? []).not.toContain(1)
    expect(notes.some((n) => n.field.startsWith('reviewLitigation'))).toBe(true)
  })
  for (const [name, cols] of [['digits', DIGITS], ['numerals', NUMERALS]] as const) {
    it(`in ${name}, with the data row under it: the data row is read`, async () => {
      const { report } = await reviewOf(row(cols) + row(DATA))
      expect(report.reviewLitigation.review).toEqual([2, 1, 0, 1, 4])
      expect(report.reviewLitigation.litigationDirect).toEqual([1, 0, 0, 1, 2])
      expect(report.reviewLitigation.litigationAfterReview).toEqual([0, 1, 0, 0, 1])
    })
  }
  it('a data row that happens to rise 1, 2, 3 … but not from 1 is data', () => {
    expect(flatten(doc(['2', '3', '4', '5', '6'])).text).toContain('2')
  })
})

describe('the 栏次 row of table 四 in text (a portal copy, pdftotext)', () => {
  const HEAD = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议\t行政诉讼', '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉',
    '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计']
  async function read(lines: string[]): Promise<ReturnType<typeof extractReport>> {
    const dir = mkdtempSync(join(tmpdir(), 'colnum-'))
    const file = join(dir, 'r.txt')
    writeFileSync(file, [...HEAD, ...lines, '五、存在的主要问题及改进情况', '无。'].join('\n'))
    const got = await readFile(file, { ocr: false })
    if (!got.ok) throw new Error('not read')
    return extractReport(got.document)
  }
  for (const sep of ['\t', ' ']) {
    it(`parted by ${sep === '\t' ? 'tabs' : 'spaces'}: alone it is no data, with the data row after it the data row is read`, async () => {
      const alone = await read([DIGITS.join(sep)])
      expect(alone.report.reviewLitigation.litigationAfterReview ?? []).not.toContain(15)
      const withData = await read([DIGITS.join(sep), DATA.join(sep)])
      expect(withData.report.reviewLitigation.review).toEqual([2, 1, 0, 1, 4])
      expect(withData.report.reviewLitigation.litigationAfterReview).toEqual([0, 1, 0, 0, 1])
    })
  }
})

describe('a 栏次 row that names itself (「栏次 | 1 | 2 …」, review rv18b g03, g09)', () => {
  it('table 四: the data row under it, named 「数量」, is read', async () => {
    const { report } = await reviewOf(row(['栏次', ...DIGITS]) + row(['数量', ...DATA]))
    expect(report.reviewLitigation.review).toEqual([2, 1, 0, 1, 4])
    expect(report.reviewLitigation.litigationAfterReview).toEqual([0, 1, 0, 0, 1])
  })
  it('is no data row in the flat text (its numbers are written as numerals)', () => {
    const text = flatten(doc(['栏次', '1', '2', '3', '4', '5', '6', '7'])).text
    expect(text).toContain('栏次')
    expect(text).not.toMatch(/\d/)
  })
})

describe('a spare empty row under table 四\'s data (a Word table, review rv18b g07)', () => {
  const BLANK = row(Array.from({ length: 15 }, () => ''))
  it('is no second data row: the data row is read, with the 栏次 row after it or not', async () => {
    for (const rows of [row(DATA) + BLANK + row(DIGITS), row(DATA) + BLANK, row(DATA) + BLANK + BLANK]) {
      const { report } = await reviewOf(rows)
      expect(report.reviewLitigation.review).toEqual([2, 1, 0, 1, 4])
      expect(report.reviewLitigation.litigationDirect).toEqual([1, 0, 0, 1, 2])
      expect(report.reviewLitigation.litigationAfterReview).toEqual([0, 1, 0, 0, 1])
    }
  })
  it('an empty row alone under the header is still the data (every count printed blank): not refused as too long', async () => {
    const { report, notes } = await reviewOf(BLANK)
    expect(notes.map((n) => n.message).join()).not.toContain('多于 15 格')
    expect(report.reviewLitigation.review?.some((v) => v !== null && v !== 0) ?? false).toBe(false)
  })
})
